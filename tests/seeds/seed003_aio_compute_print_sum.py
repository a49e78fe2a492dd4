# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 12 (lines 346-363),
# under "> 再来一例".
# The block is kept exactly as in the seed.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.
import asyncio

async def compute(x, y):
    print("Compute %s + %s ..." % (x, y))
    await asyncio.sleep(1.0)
    return x + y

async def print_sum(x, y):
    result = await compute(x, y)
    print("%s + %s = %s" % (x, y, result))

loop = asyncio.get_event_loop()
loop.run_until_complete(print_sum(1, 2))
loop.close()


# Compute 1 + 2 ...
# 1 + 2 = 3
