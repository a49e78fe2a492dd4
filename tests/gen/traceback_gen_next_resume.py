# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A generator resumed by next() that raises after its second yield: the
# frames are the next() call line and the generator's raise line, not the
# yield it resumed from.


def stages():
    print("stage 1")
    yield 1
    print("stage 2")
    x = yield 2
    print("stage 3", x)
    items = []
    yield items[0]


g = stages()
print(next(g))
print(next(g))
print(next(g))
