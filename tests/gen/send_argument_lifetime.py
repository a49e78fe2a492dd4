# RUN: %difftest %s
# The value passed to send() stays referenced by the caller until send()
# returns (CPython keeps call arguments on its stack): a generator that drops
# its own reference does not finalise it; it goes when send() returns, before
# the caller's next step. Both for a temporary and for a variable's value,
# and whether or not the receiver's machine is known.


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)


def g():
    while True:
        got = yield
        print("got", got.n)
        got = None
        print("dropped")
        yield
        print("after plain yield")


def main():
    x = g()
    next(x)
    x.send(D(1))
    print("send 1 returned")
    x.send(D(2))
    print("send 2 returned")
    d = D(3)
    x.send(d)
    print("send 3 returned")
    x.send(None)
    del d
    print(x.send(D(4)), "printed")
    print("end of main")


def other(gen):
    gen.send(D(5))  # not a known machine here
    print("send 5 returned")


main()
h = g()
next(h)
other(h)
