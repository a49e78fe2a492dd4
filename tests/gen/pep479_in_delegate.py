# RUN: %difftest %s
# PEP 479 inside a delegate: the delegate's StopIteration becomes a
# RuntimeError there, and reaches the outer generator as a RuntimeError.
# A delegate returning normally is not affected.
def bad_delegate():
    yield "bad 1"
    next(iter([]))
    yield "never"

def outer():
    try:
        r = yield from bad_delegate()
        print("  not reached", r)
    except RuntimeError as e:
        print("  outer caught RuntimeError:", e)
        print("  cause:", type(e.__cause__).__name__)
        yield "outer recovered"
    yield "outer end"

print(list(outer()))

def raise_stop_in_outer():
    yield from ["a"]
    raise StopIteration("outer's own")

try:
    list(raise_stop_in_outer())
except RuntimeError as e:
    print("RuntimeError:", e, e.__cause__.args)

# A StopIteration thrown in is still a StopIteration inside the frame (the
# except RuntimeError does not see it); it is converted as it leaves.
def thrown_stop():
    try:
        yield from iter([1, 2])
    except RuntimeError as e:
        print("  caught at the outer level:", e)
        yield "after"

g = thrown_stop()
next(g)
try:
    print(g.throw(StopIteration("thrown")))
except RuntimeError as e:
    print("RuntimeError:", e)
