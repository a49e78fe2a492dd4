# RUN: %difftest %s
# REQUIRES: gevent
# greenlets meeting the other machines: asyncio.run inside a greenlet, a
# generator that switches greenlets at each item, a coroutine driven by
# hand that switches out mid-step and is resumed, and an exception from a
# deep call inside a greenlet reaching its parent.
import asyncio
from greenlet import greenlet, getcurrent
main = getcurrent()

async def work(n):
    await asyncio.sleep(0)
    return n * 2

def runner():
    r = asyncio.run(work(21))
    main.switch(("from asyncio in a greenlet", r))
    return "runner done"

g = greenlet(runner)
print(g.switch())
print(g.switch())

def gen():
    for i in range(3):
        got = main.switch(i)
        yield got

def consume():
    return [x for x in gen()]

c = greenlet(consume)
v = c.switch()
while not c.dead:
    print("got", v)
    v = c.switch(v * 10)
print("result", v)

async def inner():
    return main.switch("switched out of a coroutine")

def coro_in_greenlet():
    co = inner()
    try:
        co.send(None)
    except StopIteration as e:
        return ("coroutine returned", e.value)

h = greenlet(coro_in_greenlet)
print(h.switch())
print(h.switch("resumed value"))

def bad():
    def deep(n):
        if n == 0:
            raise KeyError("deep")
        return deep(n - 1)
    deep(5)

b = greenlet(bad)
try:
    b.switch()
except KeyError as e:
    print("KeyError", e)
