# RUN: %difftest %s
# Classes deriving from collections.ChainMap, a Python class in CPython: its
# methods call the overrides where collections.py's code does (self[key],
# key in self, self.__missing__, self.__class__(...), self.maps), and
# Mapping's keys()/items()/values()/==/update/setdefault go through them.
from collections import ChainMap


class C(ChainMap):
    pass


c = C({"a": 1}, {"a": 2, "b": 3})
print(type(c).__name__, c, len(c), list(c), c["a"], c["b"], "b" in c, isinstance(c, ChainMap))
print(C(), repr(C({})), bool(C()), bool(c))
c["z"] = 26
del c["a"]
print(c, c.maps, c.get("a"), c.get("q", "dflt"))
try:
    del c["b"]
except KeyError as e:
    print("KeyError", e)
c.x = 1
print(c.x)


# new_child(), parents, copy(), fromkeys() keep the class
ch = c.new_child()
print(type(ch).__name__, ch)
ch2 = c.new_child({"n": 1}, k=2)
print(type(ch2).__name__, ch2)
p = ch.parents
print(type(p).__name__, p)
cp = c.copy()
print(type(cp).__name__, cp, cp.maps[0] is c.maps[0], cp.maps[1] is c.maps[1])
print(type(c.__copy__()).__name__)
fk = C.fromkeys("ab", 0)
print(type(fk).__name__, fk)


# __missing__ is called by __getitem__ (and so by get? no: get checks `in`)
class Defaulting(ChainMap):
    def __missing__(self, key):
        return "missing:" + str(key)


dm = Defaulting({"a": 1})
print(dm["a"], dm["zz"], dm.get("zz"), "zz" in dm)


# __getitem__ overridden: get(), items(), values(), ==, setdefault go through it
class Upper(ChainMap):
    def __getitem__(self, key):
        return str(super().__getitem__(key)).upper()


u = Upper({"a": "x"}, {"b": "y"})
print(u["a"], u.get("b"), sorted(u.items()), sorted(u.values()), list(u.keys()))
print(u == {"a": "X", "b": "Y"}, u == {"a": "x", "b": "y"}, dict(u))
print(u.setdefault("a", "q"), u.setdefault("new", "v"), u.maps)


# __contains__ / __iter__ / __len__ overridden
class Only(ChainMap):
    def __contains__(self, key):
        return key == "yes"

    def __iter__(self):
        return iter(["k1", "k2"])

    def __len__(self):
        return 7


o = Only({"yes": 1, "k1": "v1", "k2": "v2"})
print("yes" in o, "k1" in o, o.get("k1", "no"), o.get("yes"), list(o), len(o))
print(list(o.keys()), list(o.items()), list(o.values()), len(o.keys()), bool(o))
print("k1" in o.keys(), ("k1", "v1") in o.items(), "v1" in o.values())


# __setitem__ overridden: update() and |= ... update goes through it, |= does not
class Logged(ChainMap):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)


lg = Logged()
lg["a"] = 1
lg.update({"b": 2}, c=3)
lg.update([("d", 4)])
lg |= {"e": 5}
print(lg)
lg.setdefault("f", 6)


# __init__ with extra arguments; new_child calls the class with (m, *maps)
class Scope(ChainMap):
    def __init__(self, *maps, name="scope"):
        super().__init__(*maps)
        self.name = name


s = Scope({"x": 1}, name="outer")
print(s, s.name)
inner = s.new_child()
print(type(inner).__name__, inner, inner.name)


class Named(ChainMap):
    def __init__(self, label, *maps):
        self.label = label
        super().__init__(*maps)


nm = Named("L", {"a": 1})
print(nm, nm.label)
nc = nm.new_child()  # Named({}, *maps): the new map becomes the label
print(type(nc).__name__, nc, nc.label)


# new_child overridden, parents property overridden
class Tracked(ChainMap):
    def new_child(self, m=None):
        print("new_child", m)
        return super().new_child(m)

    @property
    def parents(self):
        return "no parents"


t = Tracked({"a": 1})
print(t.new_child({"b": 2}), t.parents)


# repr overridden and recursive repr
class R(ChainMap):
    def __repr__(self):
        return "R" + str(len(self.maps))


print(R({}, {}), [R()], str(R()))
rc = C()
rc["self"] = rc
print(rc)


# | and |= of a subclass: copy() of the class, __class__(m) for the reflected form
a = C({"a": 1})
b = a | {"b": 2}
print(type(b).__name__, b)
rb = {"z": 0} | a
print(type(rb).__name__, rb)
a |= {"c": 3}
print(type(a).__name__, a)


# pop, popitem, clear on maps[0]
pc = C({"a": 1, "b": 2}, {"c": 3})
print(pc.pop("a"), pc.pop("zz", "d"), pc.popitem(), pc)
try:
    pc.pop("c")
except KeyError as e:
    print("KeyError", e)
pc.clear()
print(pc, len(pc))
try:
    pc.popitem()
except KeyError as e:
    print("KeyError", e)


# maps rebound, maps as a property
mm = C({"a": 1})
mm.maps = [{"b": 2}, {"c": 3}]
print(mm, mm["c"], len(mm))


class Fixed(ChainMap):
    @property
    def maps(self):
        return [{"fixed": True}]

    @maps.setter
    def maps(self, value):
        pass


f = Fixed({"ignored": 1})
print(f, f["fixed"], list(f), len(f))


# equality, hashing, MRO
print(C({"a": 1}) == C({"a": 1}), C({"a": 1}) == ChainMap({"a": 1}), C({"a": 1}) != {"a": 2})
try:
    hash(C())
except TypeError as e:
    print("TypeError", e)
print([k.__name__ for k in C.__mro__][:2])


class Strs(ChainMap[str, int]):
    pass


print(Strs({"a": 1}), Strs.__mro__[1] is ChainMap, C[str, int] is not None)
