# RUN: %difftest %s
# Values of any type travel both ways through yield/send.
class Box:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return f"Box({self.v!r})"

def exchanger():
    received = []
    item = yield "start"
    while item != "stop":
        received.append(item)
        item = yield (len(received), type(item).__name__)
    return received

g = exchanger()
print(next(g))
for value in [1, 2.5, "s", [1, 2], {"k": 1}, (3,), None, Box(7), True, 10**30]:
    print(repr(value), "->", g.send(value))
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)

def yields_nothing():
    a = yield
    b = yield
    print("a", a, "b", b)
    yield a, b

h = yields_nothing()
print(next(h))
print(h.send("first"))
print(h.send("second"))
