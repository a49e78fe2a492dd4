# RUN: %difftest %s
# with statements: __enter__/__exit__, `as` targets, suppressing exceptions,
# several items in one with, nesting, and exit order.
class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly")
        else:
            print("exit", self.name, "with", exc_type.__name__, exc)
        return self.suppress

with Resource("a") as value:
    print("inside with", value)

with Resource("b", suppress=True):
    raise ValueError("swallowed")
print("after b")

try:
    with Resource("c"):
        raise KeyError("k")
except KeyError as e:
    print("caught outside:", repr(e))

with Resource("outer") as o, Resource("inner", suppress=True) as i:
    print("both:", o, i)
    raise RuntimeError("inner suppresses")
print("after two items")

def find(items, target):
    with Resource("search"):
        for item in items:
            if item == target:
                return "found " + str(item)
    return "missing"

print(find([1, 2, 3], 2))
print(find([1, 2, 3], 9))

for n in range(3):
    with Resource(f"loop{n}"):
        if n == 1:
            continue
        print("body", n)

class Timer:
    def __init__(self):
        self.events = []
    def __enter__(self):
        self.events.append("start")
        return self
    def __exit__(self, *exc_info):
        self.events.append("stop")
        return False

with Timer() as t:
    t.events.append("work")
print(t.events)
with Resource("x", suppress=True) as x, Resource("y") as y:
    print(x, y)
    1 / 0
print("done")
