# RUN: %difftest %s
# Real-world patterns over subclasses of builtin types: tuple and set
# subclasses, frozen records, ordered/unique collections, enums of ints,
# counters with __missing__, and subclass instances flowing through the
# builtins (sorted, sum, max, zip, enumerate, map, isinstance, print).

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


# tuple subclasses.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other[0], self.y + other[1])

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = p + (10, 20)
print(p, q, type(q).__name__, p.x, q.y, len(p), p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: "p"}[(1, 2)])
print(list(p), p[::-1], type(p[::-1]).__name__, p[:], type(p[:]).__name__, p * 2, type(p * 2).__name__, (0,) + p)
x, y = p
print(x, y, sorted([Point(2, 1), Point(1, 5)]), max(p), isinstance(p, tuple), Point.__mro__)
show("point attr", lambda: setattr(p, "z", 3))
p.label = "origin-ish"
print(p.label)


class Row(tuple):
    __slots__ = ()

    def total(self):
        return sum(self)


r = Row([1, 2, 3])
print(r, r.total(), type(r).__name__, Row(), Row(range(3)))
show("row attr", lambda: setattr(r, "z", 3))
show("row slots", lambda: type("Bad", (tuple,), {"__slots__": ("a",)}))


# set subclasses.
class TagSet(set):
    def add_all(self, *tags):
        for t in tags:
            self.add(t.lower())
        return self


ts = TagSet(["a"])
ts.add_all("B", "C")
print(sorted(ts), type(ts).__name__, len(ts), "b" in ts, ts == {"a", "b", "c"}, isinstance(ts, set))
u = ts | {"d"}
print(sorted(u), type(u).__name__, type(ts & {"a"}).__name__, type(ts - {"a"}).__name__, type(ts.copy()).__name__)
ts |= {"z"}
print(sorted(ts), type(ts).__name__)
print(TagSet(), repr(TagSet([1])), frozenset(ts) == ts)
show("tagset hash", lambda: hash(TagSet()))


class FS(frozenset):
    pass


fs = FS([3, 1, 2])
print(fs, type(fs).__name__, hash(fs) == hash(frozenset([1, 2, 3])), {fs: 1}[frozenset([1, 2, 3])], sorted(fs | {4}), type(fs | {4}).__name__)


class OrderedSet(list):
    def __init__(self, items=()):
        super().__init__()
        for i in items:
            self.add(i)

    def add(self, item):
        if item not in self:
            self.append(item)

    def __contains__(self, item):
        return list.__contains__(self, item)


os_ = OrderedSet([3, 1, 3, 2, 1])
os_.add(5)
print(os_, 3 in os_, 4 in os_, type(os_).__name__)


# An int enum.
class Weekday(int):
    _names = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"]

    def __new__(cls, value):
        if not 0 <= value < 7:
            raise ValueError(f"{value} is not a valid Weekday")
        return super().__new__(cls, value)

    @property
    def name(self):
        return self._names[self]

    def __repr__(self):
        return f"<Weekday.{self.name}: {int(self)}>"

    def __str__(self):
        return self.name

    def next(self):
        return Weekday((self + 1) % 7)


d = Weekday(4)
print(d, repr(d), d.next(), d.next().next(), d + 1, type(d + 1).__name__, d == 4, ["a"] * Weekday(2))
print([str(Weekday(i)) for i in range(7)], sorted([Weekday(3), Weekday(1)]), Weekday._names[d])
show("bad day", lambda: Weekday(9))


# A counter.
class Counter2(dict):
    def __missing__(self, key):
        return 0

    def update_from(self, items):
        for i in items:
            self[i] += 1
        return self

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter2().update_from("mississippi")
print(c, c.most_common(2), c["z"], len(c), sum(c.values()))


# A case-insensitive dict.
class CIDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self.update(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())

    def get(self, key, default=None):
        return super().get(key.lower(), default)

    def update(self, *args, **kwargs):
        for k, v in dict(*args, **kwargs).items():
            self[k] = v


ci = CIDict({"Content-Type": "text"}, Host="x")
print(ci, ci["CONTENT-TYPE"], "host" in ci, ci.get("HOST"), ci.get("nope", "-"))


# A string enum-like constant type and str subclass keys.
class Key(str):
    def __repr__(self):
        return f"Key({str(self)!r})"


k = Key("alpha")
registry = {k: 1, "beta": 2}
print(registry, registry["alpha"], registry[Key("beta")], sorted(registry), [type(x).__name__ for x in registry])
print(k.upper(), k.title(), k + "!", f"<{k}>", "%s/%r" % (k, k), str(k) == "alpha", ":".join([k, k]))


# Subclass instances through the builtins.
class L(list):
    pass


class N(int):
    pass


class F(float):
    pass


vals = L([N(3), N(1), N(2)])
print(sorted(vals), sum(vals), max(vals), min(vals), list(zip(vals, "abc")), list(enumerate(vals)), list(map(str, vals)))
print(sum([F(0.5), F(0.25)]), round(F(2.675), 2), int(F(3.9)), abs(N(-2)), divmod(N(7), N(2)), pow(N(2), N(10)))
print(isinstance(vals, (tuple, list)), issubclass(L, (list,)), type(vals) is L, type(vals) == list, L.__base__)
print(any(L([0, N(1)])), all(L()), len(L("ab")), "".join(L("xy")), tuple(L([1])), dict(L([(1, 2)])))
print(list(reversed(L([1, 2]))), L([1, 2]).index(2), [N(1), N(2)].index(2), L(map(N, "12")), N("7") * L([1]))
print(f"{N(255):#x} {F(0.5):.0%} {N(5):03d}", "{:>4}".format(N(7)), str(N(-0)), repr(F(-0.0)), F("inf"), N(10 ** 20) // 7)
print(bool(N(0)), bool(F(0.0)), bool(L()), bool(L([0])), not N(1), N(3) if N(0) else "zero")
print(chr(N(97)), "abc"[N(1)], "abc"[N(0):N(2)], [1, 2, 3][N(-1)], list(range(N(2), N(8), N(3))))
m = {N(1): "one", F(2.0): "two", Key("k"): "key"}
print(m[1], m[2], m[2.0], m["k"], N(1) in m, 1.0 in m)


class Matrix(list):
    def __init__(self, rows):
        super().__init__(list(r) for r in rows)

    def __matmul__(self, other):
        return Matrix([[sum(a * b for a, b in zip(row, col)) for col in zip(*other)] for row in self])

    def __repr__(self):
        return "Matrix(" + list.__repr__(self) + ")"


ma = Matrix([[1, 2], [3, 4]])
print(ma @ ma, ma[0], type(ma[0]).__name__, ma + [[5, 6]], type(ma + [[5, 6]]).__name__)


# Hashable list subclass by id; __eq__ override keeps list ordering ops.
class Ident(list):
    def __hash__(self):
        return 1

    def __eq__(self, other):
        return self is other


i1, i2 = Ident([1]), Ident([1])
print(len({i1, i2, i1}), i1 == i2, i1 == i1, i1 < Ident([2]), [i1] == [i1])


# Bases that cannot share an instance; mixins; __slots__ beside a builtin.
def tryclass(name, f):
    try:
        c = f()
        print(name, "ok", c.__mro__)
    except TypeError as e:
        print(name, "TypeError", e)


class Mixin:
    def hello(self):
        return "hi " + type(self).__name__


class SMixin:
    __slots__ = ("x",)


class L2(list):
    pass


class D2(dict):
    pass


tryclass("int-str", lambda: type("A", (int, str), {}))
tryclass("list-dict", lambda: type("A", (list, dict), {}))
tryclass("list-exc", lambda: type("A", (list, Exception), {}))
tryclass("bool", lambda: type("A", (bool,), {}))
tryclass("mixin", lambda: type("A", (Mixin, list), {}))
tryclass("smixin", lambda: type("A", (list, SMixin), {}))
tryclass("L-D", lambda: type("A", (L2, D2), {}))
tryclass("L-list", lambda: type("A", (L2, list), {}))
tryclass("list-L", lambda: type("A", (list, L2), {}))
tryclass("dyn", lambda: type("Dyn", (dict,), {"__missing__": lambda self, k: k * 2}))
print(type("Dyn", (dict,), {"__missing__": lambda self, k: k * 2})()["ab"])


class LS(list):
    __slots__ = ("a", "b")


ls = LS([1])
ls.a = 5
print(ls, ls.a)
show("ls other", lambda: setattr(ls, "c", 1))
show("ls unset", lambda: ls.b)


class LS2(LS):
    pass


ls2 = LS2()
ls2.c = 3
ls2.a = 1
print(ls2.c, ls2.a, ls2.__dict__)


class DS(dict):
    __slots__ = ("meta",)


ds = DS(k=1)
ds.meta = "m"
print(ds, ds.meta)


class SS(str):
    __slots__ = ("tag",)


ss = SS("hi")
ss.tag = 1
print(ss, ss.tag, ss.upper())


class ML(Mixin, list):
    pass


print(ML([1]).hello(), ML.__mro__)


# A cycle through the instance dict of each kind is collected (the
# instance and its dict count as two objects, as in CPython 3.11).
import gc


class MI(int):
    pass


class MF(float):
    pass


class MS(str):
    pass


class MB(bytes):
    pass


class MT(tuple):
    pass


class MSet(set):
    pass


for cls, arg in [(MI, 1), (MF, 1.5), (MS, "a"), (MB, b"a"), (MT, (1,)), (L2, [1]), (D2, {1: 2}), (MSet, {1}), (FS, {2})]:
    gc.collect()
    obj = cls(arg)
    obj.me = obj
    del obj
    print(cls.__name__, gc.collect())
