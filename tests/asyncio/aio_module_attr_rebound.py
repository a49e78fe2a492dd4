# RUN: %difftest %s
# A call `module.name(...)` remembers where it found the name in the module;
# what the module holds at each call is what runs: asyncio.sleep rebound,
# deleted and restored between calls of the same line, a module attribute
# added after the first call, and the global rebound to a non-module.
import asyncio
import math

real_sleep = asyncio.sleep
log = []


async def fake_sleep(delay, result=None):
    log.append(f"fake sleep {delay}")
    return "fake"


async def step(i):
    r = await asyncio.sleep(0, i)
    log.append(f"step {i} got {r}")


def floor_of(x):
    return math.floor(x)


async def main():
    await step(1)
    asyncio.sleep = fake_sleep
    await step(2)
    del asyncio.sleep
    try:
        await step(3)
    except AttributeError as e:
        log.append(f"AttributeError: {e}")
    asyncio.sleep = real_sleep
    await step(4)
    # Entries of the module dict move when names are added and removed.
    for k in range(40):
        setattr(asyncio, f"extra_{k}", k)
    await step(5)
    for k in range(40):
        delattr(asyncio, f"extra_{k}")
    await step(6)


asyncio.run(main())
print(floor_of(2.5))
math.floor = lambda x: "patched"
print(floor_of(2.5))


class NotAModule:
    def floor(self, x):
        return f"method {x}"


math = NotAModule()
print(floor_of(3.5))
for line in log:
    print(line)
