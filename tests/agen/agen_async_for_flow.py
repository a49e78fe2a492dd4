# RUN: %difftest %s
# `async for` over async generators with break, continue, else, return from
# inside the loop, and an exception raised in the body: the else runs only
# when the generator is exhausted; break/return/exception leave the
# generator suspended (async for does NOT close it: its finally runs only
# when it is closed or dropped later: with no asyncgen hooks installed, a
# dropped generator is closed on the spot, e.g. as the function holding it
# returns); the loop variable keeps the last value; driven without asyncio.
import types


@types.coroutine
def tick():
    yield


async def count(n, log):
    try:
        for i in range(n):
            await tick()
            yield i
        log.append("exhausted")
    finally:
        log.append("finally")


async def main():
    log = []
    async for i in count(3, log):
        print("item", i)
    else:
        print("else ran; log", log)
    print("loop variable:", i)

    log = []
    ag = count(10, log)
    async for i in ag:
        if i % 2:
            continue
        print("even", i)
        if i == 4:
            break
    else:
        print("not reached")
    print("after break; log", log, "suspended:", ag.ag_frame is not None)
    async for i in ag:
        print("resumed the same generator:", i)
        break
    await ag.aclose()
    print("after aclose; log", log)

    log = []
    ag = count(5, log)
    try:
        async for i in ag:
            if i == 2:
                raise ValueError("in body")
    except ValueError as e:
        print("caught", e, "log", log, "suspended:", ag.ag_frame is not None)
    await ag.aclose()
    print("closed; log", log)

    async def first_over(limit):
        log2 = []
        async for i in count(10, log2):
            if i > limit:
                return i, log2
        return None, log2

    print("return from inside:", await first_over(2))

    log = []
    async for i in count(0, log):
        print("never")
    else:
        print("empty: else ran; log", log)

    total = 0
    async for a in count(3, []):
        async for b in count(3, []):
            if b > a:
                break
            total += 10 * a + b
        else:
            print("inner else for a =", a)
    print("nested total", total)


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
