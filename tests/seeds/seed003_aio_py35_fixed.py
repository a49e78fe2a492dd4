# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 10 (lines 322-324),
# under "> 异步生成器 (after the third example)".
# Corrected copy of seed003_py35_label.py (which CPython rejects): the label
# line became `import asyncio` and a comment (line numbers unchanged), with
# a driver appended.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.
import asyncio  # Python 3.5
async def function():
    await asyncio.sleep(1)

# added: run it
asyncio.run(function())
print('function done')

