# RUN: %difftest %s
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
