# RUN: %difftest %s
# An exception thrown in and not caught propagates out of throw(); the
# generator is finished afterwards. finally blocks run on the way out.
def worker():
    try:
        print("  worker start")
        yield 1
        print("  not reached")
        yield 2
    finally:
        print("  worker finally")

g = worker()
print(next(g))
try:
    g.throw(RuntimeError("boom"))
except RuntimeError as e:
    print("propagated:", e)
print(next(g, "exhausted"))
try:
    g.throw(ValueError("after end"))
except ValueError as e:
    print("throw into finished generator raises it directly:", e)

def only_catches_key_errors():
    while True:
        try:
            yield "waiting"
        except KeyError:
            print("  KeyError handled")

h = only_catches_key_errors()
next(h)
print(h.throw(KeyError))
try:
    h.throw(IndexError("not handled"))
except IndexError as e:
    print("IndexError:", e)
print(list(h))

class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

def plain():
    yield "x"

p = plain()
next(p)
try:
    p.throw(Custom(42))
except Custom as e:
    print("Custom:", e, e.code)
