# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# async def is a coroutine, or an async generator when it yields; an async genexp is an async generator.
async def fetch(x):
    return x
async def main():
    value = await fetch(1)
    async with lock() as held:
        pass
    return [await fetch(i) for i in range(3)], value, held
async def ticks(n):
    for i in range(n):
        yield i
        await fetch(i)
async def consume():
    return [t async for t in ticks(3)]
def lazy(source):
    return (await s for s in source)

# CHECK:module <module>
# CHECK-NEXT:  fetch: local
# CHECK-NEXT:  main: local
# CHECK-NEXT:  ticks: local
# CHECK-NEXT:  consume: local
# CHECK-NEXT:  lazy: local
# CHECK-NEXT:  function fetch line 3 (coroutine)
# CHECK-NEXT:    param x: local
# CHECK-NEXT:  function main line 5 (coroutine, await)
# CHECK-NEXT:    suspends: 6:13 await, 7:5 async with, 9:12 async comprehension
# CHECK-NEXT:    value: local
# CHECK-NEXT:    fetch: global implicit
# CHECK-NEXT:    lock: global implicit
# CHECK-NEXT:    held: local
# CHECK-NEXT:    range: global implicit
# CHECK-NEXT:    comprehension <listcomp> line 9 (coroutine, await)
# CHECK-NEXT:      suspends: 9:13 await
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      i: local
# CHECK-NEXT:      fetch: global implicit
# CHECK-NEXT:  function ticks line 10 (async generator, yield, await)
# CHECK-NEXT:    suspends: 12:9 yield, 13:9 await
# CHECK-NEXT:    param n: local
# CHECK-NEXT:    i: local
# CHECK-NEXT:    range: global implicit
# CHECK-NEXT:    fetch: global implicit
# CHECK-NEXT:  function consume line 14 (coroutine, await)
# CHECK-NEXT:    suspends: 15:12 async comprehension
# CHECK-NEXT:    ticks: global implicit
# CHECK-NEXT:    comprehension <listcomp> line 15 (coroutine, await)
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      t: local
# CHECK-NEXT:  function lazy line 16
# CHECK-NEXT:    param source: local
# CHECK-NEXT:    comprehension <genexpr> line 17 (async generator, await)
# CHECK-NEXT:      suspends: 17:13 await
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      s: local
