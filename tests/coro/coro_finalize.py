# RUN: %difftest %s
# When a suspended coroutine is dropped, CPython closes it at once: its
# finally blocks and with-exits run at the point of the drop (del, rebinding,
# the end of the function holding it, a container emptied), innermost level
# first. A finished or never-started coroutine runs nothing when dropped.
import types


@types.coroutine
def pause():
    yield


class Exit:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print(f"  {self.name} exits with {exc[0].__name__ if exc[0] else None}")


async def inner(name):
    try:
        await pause()
        print("  never resumed")
    finally:
        print(f"  {name}: inner finally")


async def outer(name):
    with Exit(name + "-with"):
        await inner(name)


print("del:")
c = outer("a")
c.send(None)
del c
print("after del")

print("rebinding:")
c = outer("b")
c.send(None)
c = outer("b2")  # never started: dropping it later is silent on stdout
print("after rebinding")
c.close()


def holds_one():
    local = outer("c")
    local.send(None)
    print("  returning from holds_one")
    return 1


print("end of a function:")
print("holds_one() ->", holds_one())

print("popped from a list one by one:")
many = [outer(f"l{i}") for i in range(3)]
for m in many:
    m.send(None)
del m
many.pop(1)
print("after pop(1)")
many.pop()
print("after pop()")
many[0] = None
print("after many[0] = None")

print("finished coroutines run nothing when dropped:")


async def quick():
    try:
        return 5
    finally:
        print("  quick finally (while running)")


q = quick()
try:
    q.send(None)
except StopIteration as stop:
    print("  returned", stop.value)
del q
print("after del of finished")


print("a coroutine dropped by its awaiter being dropped:")


async def holder():
    child = inner("child")
    await child


h = holder()
h.send(None)
h = None
print("after h = None")
