# RUN: %difftest %s
# __call__ makes instances callable; __bool__ and __len__ drive truthiness.
class Multiplier:
    def __init__(self, factor):
        self.factor = factor
        self.calls = 0

    def __call__(self, value, extra=0):
        self.calls += 1
        return value * self.factor + extra

triple = Multiplier(3)
print(triple(4), triple(5, extra=1), triple.calls, callable(triple), callable(3))
print(list(map(triple, [1, 2, 3])), triple.calls)

class Switch:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("__bool__ asked")
        return self.on

class Bag:
    def __init__(self, items):
        self.items = items
    def __len__(self):
        return len(self.items)

class Plain:
    pass

for obj in [Switch(True), Switch(False), Bag([1]), Bag([]), Plain()]:
    print(type(obj).__name__, bool(obj), "truthy" if obj else "falsy")

if Switch(True) and Bag([0]):
    print("both truthy")
print(not Switch(False), Bag([]) or "fallback", Bag([1, 2]) and "second")
count = 0
bag = Bag([1, 2, 3])
while bag:
    bag.items.pop()
    count += 1
print("popped", count)

class Accumulate:
    def __init__(self):
        self.total = 0
    def __call__(self, *values):
        self.total += sum(values)
        return self

acc = Accumulate()
print(acc(1)(2, 3)(4).total)
print([bool(x) for x in [0, 1, -1, 0.0, "", "a", [], [0], {}, None, (), (None,)]])
