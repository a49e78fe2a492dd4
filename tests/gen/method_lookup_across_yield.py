# RUN: %difftest %s
# A method looked up before its arguments, where an argument suspends the
# generator: the method found before the yield is the one called after it
# (CPython holds it on its stack across the suspension), even if the
# attribute is rebound meanwhile; a lookup that fails raises before the yield.


class Sink:
    def __init__(self, name):
        self.name = name

    def take(self, x, y=None):
        print(self.name, "takes", x, y)
        return x


def noisy(v):
    print("argument", v)
    return v


def pump(sink):
    got = sink.take((yield "first"), y=noisy(2))
    print("got", got)
    got = sink.take(noisy(3), (yield "second"))
    print("got", got)
    sink.missing((yield "never"))


s = Sink("a")
g = pump(s)
print(next(g))
s.take = lambda x, y=None: print("rebound take", x, y)
print(g.send("sent-1"))
try:
    g.send("sent-2")
except AttributeError as e:
    print("AttributeError", e)
print(list(g))
