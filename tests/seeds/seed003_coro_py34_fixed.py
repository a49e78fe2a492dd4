# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 11 (lines 329-332),
# under "> 异步生成器 (after the third example)".
# Corrected copy of seed003_py34_label.py (which CPython rejects): the label
# line became `import types` and a comment (line numbers unchanged), the
# bare `yield from` got an operand, sleep(1), a types.coroutine generator
# appended below in place of asyncio.sleep, with a driver.
import types  # Python 3.4 新增asyncio库 刚开始使用yield from
@types.coroutine 
def function():
    yield from sleep(1)

# added: a generator-based sleep standing in for asyncio.sleep (asyncio is
# not used here), and a native coroutine awaiting the 3.4-style one, driven
# by hand
@types.coroutine
def sleep(seconds):
    slept = yield ('sleep', seconds)
    print('slept', slept)
    return slept


async def main():
    result = await function()
    print('function returned', result)
    return 'main done'


c = main()
print(c.send(None))
try:
    c.send(1.0)
except StopIteration as e:
    print(e.value)

