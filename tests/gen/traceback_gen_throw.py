# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# throw() with an exception the generator does not catch (it catches only
# KeyError): the generator frame names the yield it was suspended at, the
# second of three.


def worker():
    try:
        yield "a"
    except KeyError:
        print("handled key")
    print("between")
    yield "b"
    print("after b")
    yield "c"


w = worker()
print(next(w))
print(w.throw(KeyError("k")))
print(next(w))
w.throw(ValueError("not handled"))
