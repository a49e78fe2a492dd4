# RUN: %difftest %s
# Finalising a suspended generator runs its `with` exits; a generator
# still suspended in a module global at program end is closed at shutdown
# (its finally prints after the last line of the module).
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  open", self.name)
        return self.name
    def __exit__(self, exc_type, exc, tb):
        print("  close", self.name, exc_type.__name__ if exc_type else None)

def reader(name):
    with Resource(name) as r:
        for i in range(3):
            yield f"{r}:{i}"

g = reader("file-a")
print(next(g))
print(next(g))
g = reader("file-b")
print("rebound to a new, unstarted generator")
print(next(g))
del g

def nested_withs():
    with Resource("outer"):
        with Resource("inner"):
            yield "inside"

n = nested_withs()
next(n)
del n
print("--")
survivor = reader("global survivor")
print(next(survivor))
print("last line of the module")
