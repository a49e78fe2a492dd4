# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# close() on a generator whose finally block raises: CPython prints two
# tracebacks, first the GeneratorExit at the yield the generator was
# suspended at, then the close() line and the raise in the finally block.


def holder():
    try:
        print("start")
        yield 1
        print("resumed")
        yield 2
    finally:
        print("finally runs")
        raise RuntimeError("cannot close cleanly")


h = holder()
print(next(h))
print(next(h))
h.close()
