# RUN: %difftest %s
# XFAIL: *
# Reason: no cycle collector yet (issue 11): the generator's frame, kept by the exception's traceback, holds the exception in a local (err), a cycle reference counting never frees; CPython's collector finalises it at exit.
# A generator that keeps the exception it raises in a local makes a cycle
# (exception -> traceback -> frame -> local -> exception): CPython frees it
# at exit, when its collector runs during finalisation.
class Noisy:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def gen():
    n = Noisy("gen local")
    try:
        yield 1
        raise KeyError("k")
    except KeyError as e:
        err = e
        raise


g = gen()
next(g)
try:
    next(g)
except KeyError:
    print("caught")
del g
print("end")
