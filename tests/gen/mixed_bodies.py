# RUN: %difftest %s
# Generator bodies holding a class, a with block, genexps and comprehensions,
# a closure over the frame, try/except/else/finally with yields, super() in
# a generator method, and a generator lambda.
def outer():
    class Inner:
        label = "in"
        def __init__(self, v):
            self.v = v
        def get(self):
            return self.v
    total = 0
    for i in range(3):
        with open("/dev/null") as fh:
            x = yield Inner(i).get()
        total += sum(j for j in range(i))
        marker = yield "inner-" + str(i)
        squares = [k * k for k in range(i) if k != marker]
        total += len(squares)
    def helper():
        nonlocal total
        total += 100
        return total
    yield helper()
    try:
        yield 1 / 0
    except ZeroDivisionError as e:
        yield f"caught {e}"
    else:
        yield "no"
    finally:
        yield "finally"
    return total

class Base:
    def items(self):
        yield "base"
class Child(Base):
    def items(self):
        yield "child"
        yield from super().items()
g = outer()
out = [next(g)]
try:
    while True:
        out.append(g.send(len(out)))
except StopIteration as s:
    out.append(("ret", s.value))
print(out)
print(list(Child().items()))
print(list((lambda: (yield 5))()))
