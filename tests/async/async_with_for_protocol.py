# RUN: %difftest %s
import asyncio
class NoAexit:
    async def __aenter__(self): return 1
class A:
    def __aiter__(self): return 1
class B:
    def __aiter__(self): return self
    def __anext__(self): return 1
class CM:
    def __init__(self, swallow): self.swallow = swallow
    async def __aenter__(self):
        print("aenter"); await asyncio.sleep(0); return "val"
    async def __aexit__(self, t, e, tb):
        print("aexit", t, e); await asyncio.sleep(0); return self.swallow
class It:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        await asyncio.sleep(0)
        if self.n == 0: raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    for bad in [1, NoAexit()]:
        try:
            async with bad: pass
        except TypeError as e: print(e)
    for bad in [1, A(), B()]:
        try:
            async for x in bad: pass
        except TypeError as e: print(e)
    async with CM(False) as v: print("body", v)
    async with CM(True): raise ValueError("swallowed")
    try:
        async with CM(False): raise KeyError("kept")
    except KeyError as e: print("got", e)
    async for i in It(3): print("item", i)
    else: print("else")
    async for i in It(5):
        if i == 2: break
        print("i", i)
asyncio.run(main())
