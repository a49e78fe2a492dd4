# RUN: %difftest %s
# `x.send(v)` where x is sometimes a generator and sometimes something else:
# a user class with its own send method, a subclass overriding it, an
# instance whose `send` attribute is a plain function stored on it, an
# object without send (AttributeError), a class whose send is a
# staticmethod; all in one hot call site.
def echo():
    received = 0
    while True:
        v = yield received
        received += 1

class Sink:
    def __init__(self):
        self.count = 0
    def send(self, v):
        self.count += 1
        return ("sink", v)

class LoudSink(Sink):
    def send(self, v):
        r = Sink.send(self, v)
        return ("loud",) + r

class AttrSend:
    def __init__(self):
        self.send = lambda v: ("attribute", v)

class NoSend:
    pass

class StaticSend:
    @staticmethod
    def send(v):
        return ("static", v)

def drive(targets, rounds):
    results = {}
    for r in range(rounds):
        for t in targets:
            out = t.send(r)
            key = type(out).__name__ if not isinstance(out, tuple) else out[0]
            results[key] = results.get(key, 0) + 1
    return results

def make_targets():
    g = echo()
    next(g)
    return [g, Sink(), LoudSink(), AttrSend(), StaticSend()]

targets = make_targets()
res = drive(targets, 200000)
print(sorted(res.items()))
print("echo received:", targets[0].send(None), "sink count:", targets[1].count, targets[2].count)

def alternating(n):
    g = echo()
    next(g)
    s = Sink()
    last = None
    for i in range(n):
        x = g if i % 3 else s
        last = x.send(i)
    return last, s.count

print(alternating(300001))

def missing():
    objs = [echo(), NoSend(), 5, "str", None]
    next(objs[0])
    for o in objs:
        try:
            print(type(o).__name__, "->", o.send(1))
        except AttributeError as e:
            print(type(o).__name__, "AttributeError:", e)

missing()

def rebound_method():
    g = echo()
    next(g)
    # a generator object has no __dict__: its send cannot be replaced
    try:
        g.send = lambda v: "replaced"
    except AttributeError as e:
        print("AttributeError:", e)
    print("still the generator's send:", g.send(0))

rebound_method()

def generator_class_method():
    g = echo()
    cls = type(g)
    print("type name:", cls.__name__)
    print("unbound send(None):", cls.send(g, None))
    print("unbound send(7):", cls.send(g, 7))
    try:
        cls.send(Sink(), 1)
    except TypeError as e:
        print("TypeError:", e)

generator_class_method()
