# RUN: %difftest %s
# Generators as methods: instance state read and written across yields,
# classmethod and staticmethod generators, inherited and overridden ones.
class Inventory:
    def __init__(self, items):
        self.items = dict(items)
        self.visits = 0

    def in_stock(self):
        for name, qty in self.items.items():
            self.visits += 1
            if qty > 0:
                yield name, qty

    def drain(self, name):
        while self.items[name] > 0:
            self.items[name] -= 1
            yield self.items[name]

    @classmethod
    def sample(cls, n):
        for i in range(n):
            yield cls([(f"item{i}", i)])

    @staticmethod
    def counter(limit):
        yield from range(limit)

class Audited(Inventory):
    def in_stock(self):
        print("  audit start")
        for entry in super().in_stock():
            print("  audit", entry)
            yield entry
        print("  audit end, visits", self.visits)

inv = Inventory([("apple", 2), ("pear", 0), ("fig", 3)])
print(list(inv.in_stock()), inv.visits)
print(list(inv.drain("fig")), inv.items)
print([i.items for i in Inventory.sample(3)])
print(list(Inventory.counter(4)), list(inv.counter(2)))
a = Audited([("x", 1), ("y", 0), ("z", 5)])
print(dict(a.in_stock()))
method = a.drain
g = method("z")
print(next(g), next(g), a.items["z"])
a.items["z"] = 1
print(list(g))
