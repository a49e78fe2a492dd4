# RUN: %difftest %s
# total += yield, and augmented assignment to subscripts and attributes
# with a yield on the right: the target's container, its key and its old
# value are all read before the suspension (a change made while the
# generator is suspended is overwritten).
class Obj:
    def __init__(self):
        self.count = 0

def key(k):
    print("  key", k, "evaluated")
    return k

def summer():
    total = 0
    while True:
        total += yield total
        print("  total now", total)

s = summer()
print(next(s), s.send(5), s.send(7), s.send(-2))

def containers(store, obj):
    store[key("a")] += yield "a"
    obj.count += yield "count"
    store[key("b")] *= (yield "b") + 1
    text = "x"
    text += str((yield "text"))
    print("  text", text)

store = {"a": 1, "b": 2}
obj = Obj()
g = containers(store, obj)
print(next(g))
store["a"] = 100
print(g.send(1), store)
print(g.send(10), obj.count)
store["b"] = 3
print(g.send(4), store)
try:
    g.send(42)
except StopIteration:
    print("finished", store, obj.count)
