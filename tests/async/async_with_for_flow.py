# RUN: %difftest %s
import asyncio
class CM:
    def __init__(self, name): self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0); print("enter", self.name); return self
    async def __aexit__(self, *exc):
        await asyncio.sleep(0); print("exit", self.name, exc[0]); 
        if self.name == "bad": raise RuntimeError("in aexit")
        return False
class Gen:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n
async def f():
    async with CM("a") as a, CM("b") as b:
        return a.name + b.name
async def g():
    total = 0
    async for i in Gen(10):
        async with CM(f"l{i}"):
            if i == 7: continue
            if i == 5: break
            total += i
    return total
async def h():
    try:
        async with CM("bad"):
            raise ValueError("orig")
    except RuntimeError as e:
        print("caught", e, repr(e.__context__))
    try:
        async with CM("x"):
            async for v in Gen(3):
                if v == 1: raise KeyError(v)
    except KeyError as e:
        print("key", e)
async def main():
    print(await f())
    print(await g())
    await h()
    results = await asyncio.gather(f(), g())
    print(results)
asyncio.run(main())
