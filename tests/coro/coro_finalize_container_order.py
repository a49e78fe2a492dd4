# RUN: %difftest %s
# Suspended coroutines held by a list are closed when the list lets go of
# them, in the order CPython releases a list's items: clear(), del of the
# list, slice assignment and `*=` 0 release them from the last to the first.
import types


@types.coroutine
def pause():
    yield


async def task(name):
    try:
        await pause()
    finally:
        print("  closed", name)


def started(names):
    out = []
    for n in names:
        c = task(n)
        c.send(None)
        out.append(c)
    return out


print("clear():")
lst = started("abc")
lst.clear()
print("del of the list:")
lst = started("def")
del lst
print("slice assignment:")
lst = started("ghi")
lst[:] = []
print("*= 0:")
lst = started("jkl")
lst *= 0
print("rebinding the only reference:")
lst = started("mno")
lst = None
print("a tuple dropped:")
tup = tuple(started("pqr"))
del tup
print("end")
