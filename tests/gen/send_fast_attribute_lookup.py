# RUN: %difftest %s
# `obj.send(v)` call sites whose receiver finds `send` in unusual ways:
# __getattr__ (only for missing attributes), __getattribute__ overriding
# everything, a property returning a generator's bound send, a callable
# instance stored as a class attribute, a classmethod; mixed with real
# generators at the same call site in a hot loop.
def echo(tag):
    n = 0
    while True:
        v = yield "%s:%d:%r" % (tag, n, v if n else None)
        n += 1

class Forwarder:
    def __init__(self):
        self.g = echo("fwd")
        next(self.g)
    def __getattr__(self, name):
        print("  __getattr__", name)
        return getattr(self.g, name)

class Intercept:
    def __getattribute__(self, name):
        return lambda *args: ("intercepted", name) + args

class ViaProperty:
    def __init__(self):
        self._g = echo("prop")
        next(self._g)
    @property
    def send(self):
        return self._g.send

class CallableThing:
    def __call__(self, v):
        return ("callable object", v)

class WithCallableAttr:
    send = CallableThing()

class WithClassmethod:
    calls = 0
    @classmethod
    def send(cls, v):
        cls.calls += 1
        return (cls.__name__, v)

def hot(objs, n):
    last = {}
    for i in range(n):
        for k, o in enumerate(objs):
            last[k] = o.send(i)
    return [last[k] for k in range(len(objs))]

g = echo("gen")
next(g)
objs = [g, Intercept(), ViaProperty(), WithCallableAttr(), WithClassmethod()]
for r in hot(objs, 100000):
    print(r)
print("classmethod calls:", WithClassmethod.calls)
f = Forwarder()
print(f.send(1))
print(f.send(2))
print(f.throw is not None)
try:
    {"send": 1}.send(1)
except AttributeError as e:
    print("AttributeError:", e)
