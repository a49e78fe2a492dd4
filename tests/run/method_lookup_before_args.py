# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# obj.m(args): CPython looks the method up before it evaluates the
# arguments, so a missing method fails before an argument's side effects,
# and a property (or __getattr__) runs before them.


def noisy(tag):
    print("argument", tag)
    return tag


class Box:
    def __init__(self):
        self.items = []

    def put(self, x, *, note=None):
        self.items.append((x, note))
        return len(self.items)

    @property
    def adder(self):
        print("property read")
        return self.items.append

    def __getattr__(self, name):
        print("__getattr__", name)
        return lambda *a: ("dynamic", name, a)


b = Box()
print(b.put(noisy(1), note=noisy("n")))
b.adder(noisy(2))
print(b.items)
print(b.whatever(noisy(3)))
# a method found on the instance shadows the class's
b.put = lambda x: ("instance", x)
print(b.put(noisy(4)))
del b.put
print(b.put(noisy(5)))


class Plain:
    pass


p = Plain()
try:
    p.missing(noisy(6))
except AttributeError as e:
    print("caught", e)
print([].count(noisy(7)))
p.missing(noisy(8))
