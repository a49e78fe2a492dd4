# RUN: %difftest %s
# DIFFTEST: traceback-frames
# Names CPython's module lacks are no attributes of the runtime's module
# either (its helpers, what asyncio.py imported): ImportError and
# AttributeError at run time with CPython's messages, and not in dir().
import asyncio
import collections
import heapq
import sys
import threading

for mod, name in [(asyncio, "heapq"), (asyncio, "deque"), (asyncio, "_asyncio"),
                  (threading, "getcurrent"), (threading, "_active"), (collections, "deque"),
                  (asyncio, "sleep"), (asyncio, "Future"), (asyncio, "run")]:
    print(mod.__name__, name, hasattr(mod, name), name in dir(mod), name in vars(mod))

try:
    from asyncio import heapq as h
except ImportError as e:  # (the file in parentheses is the interpreter's)
    print("ImportError", str(e).split(" (")[0], str(e).endswith(".py)"))
try:
    from threading import getcurrent
except ImportError as e:  # (the file in parentheses is the interpreter's)
    print("ImportError", str(e).split(" (")[0], str(e).endswith(".py)"))
try:
    asyncio.heapq
except AttributeError as e:
    print("AttributeError", e)
try:
    getattr(asyncio, "deque")
except AttributeError as e:
    print("AttributeError", e)
print(getattr(asyncio, "heapq", "absent"))

# a program may still bind the name itself
asyncio.heapq = heapq
print(asyncio.heapq is heapq, "heapq" in dir(asyncio))
del asyncio.heapq
print(hasattr(asyncio, "heapq"))

# the real names keep working
from asyncio import sleep, Queue
print(callable(sleep), Queue.__name__)


async def main():
    q = asyncio.Queue()
    await q.put(1)
    await asyncio.sleep(0)
    return await q.get()


print(asyncio.run(main()))
from asyncio import heapq  # the traceback names this line
