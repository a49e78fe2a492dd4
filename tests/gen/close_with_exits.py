# RUN: %difftest %s
# close() at a yield inside `with` blocks: the context managers' __exit__
# methods run (innermost first) and see GeneratorExit.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print("  exit", self.name, kind)
        return False

def using_resources():
    with Resource("outer") as outer:
        with Resource("inner"):
            yield outer.name
            yield "second"
        print("  not reached after close")

g = using_resources()
print(next(g))
g.close()
print("closed")

g = using_resources()
print(list(g))

class Suppressor(Resource):
    def __exit__(self, exc_type, exc, tb):
        super().__exit__(exc_type, exc, tb)
        return True

def suppressing():
    with Suppressor("suppressor"):
        yield 1
    print("  after suppressed GeneratorExit")

s = suppressing()
next(s)
print("close ->", s.close())

def suppressing_then_yield():
    with Suppressor("suppressor2"):
        yield 1
    yield 2

t = suppressing_then_yield()
next(t)
try:
    t.close()
except RuntimeError as e:
    print("RuntimeError:", e)
