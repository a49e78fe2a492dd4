# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A for loop inside a generator whose iterable (another generator) raises on
# a later iteration: the outer generator's frame names its for line, not the
# yield in its body that it last resumed from.


def source():
    yield 1
    yield 2
    raise ZeroDivisionError("source dried up")


def doubled():
    for x in source():
        print("got", x)
        yield x * 2
        print("after yield", x)


print(list(doubled()))
