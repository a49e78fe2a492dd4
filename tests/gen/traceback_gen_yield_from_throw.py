# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# throw() into a generator delegating with yield from, where the innermost
# generator does not catch it: each frame names its suspension point (the
# yield from lines and the innermost yield).


def inner():
    yield 1
    yield 2


def outer():
    print("outer start")
    yield 0
    yield from inner()
    yield 3


g = outer()
print(next(g))
print(next(g))
print(next(g))
g.throw(OSError("thrown in"))
