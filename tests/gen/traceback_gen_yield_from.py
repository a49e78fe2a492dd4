# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# An exception raised three generators deep under yield from, on a later
# resumption: every delegating frame names its yield from line.


def leaf(n):
    for i in range(n):
        yield i
    raise IndexError("leaf ran out at " + str(n))


def middle(n):
    print("middle start")
    yield "m"
    result = yield from leaf(n)
    yield result


def top():
    yield "t"
    yield from middle(2)
    yield "never"


for v in top():
    print(v)
