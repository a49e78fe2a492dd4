# RUN: %difftest %s
# PEP 479: a StopIteration escaping a generator's body becomes
# RuntimeError("generator raised StopIteration") whose __cause__ (and
# __context__) is the original StopIteration.
def leaky(it):
    while True:
        value = next(it)
        yield value * 10

try:
    print(list(leaky(iter([1, 2, 3]))))
except RuntimeError as e:
    print("RuntimeError:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__.args)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress context:", e.__suppress_context__)

def explicit():
    yield 1
    raise StopIteration("explicit", 5)

g = explicit()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e, "cause args:", e.__cause__.args)
except StopIteration:
    print("wrong: StopIteration escaped")
print(next(g, "generator is finished"))

class MyStop(StopIteration):
    pass

def subclass():
    yield "a"
    raise MyStop("sub")

try:
    for v in subclass():
        print(v)
except RuntimeError as e:
    print("RuntimeError:", e, type(e.__cause__).__name__)

def correct(it):
    for value in it:
        yield value * 10
    return "ok"

print(list(correct(iter([1, 2, 3]))))

def guarded(it):
    while True:
        try:
            value = next(it)
        except StopIteration:
            return
        yield value

print(list(guarded(iter("xyz"))))
