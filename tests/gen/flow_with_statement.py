# RUN: %difftest %s
# yield inside with blocks: __enter__ before, __exit__ after, exceptions
# thrown in reach __exit__, a suppressing __exit__ lets the generator go on.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("  enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("  exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress

def gen():
    with CM("a") as a, CM("b", suppress=True) as b:
        yield a + b
        yield "second"
    print("  after with (b suppressed it)")
    with CM("c"):
        yield "in c"
    yield "end"

g = gen()
print(next(g))
print(g.throw(ValueError("into a and b")))
print(next(g))
print(list(g))

def unsuppressed():
    with CM("plain"):
        yield 1
        yield 2

g = unsuppressed()
next(g)
try:
    g.throw(IndexError("propagates"))
except IndexError as e:
    print("IndexError:", e)

def with_in_loop():
    for i in range(3):
        with CM(f"loop{i}") as name:
            if i == 1:
                continue
            yield name

print(list(with_in_loop()))
