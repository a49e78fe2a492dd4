# RUN: %difftest %s
# Classes deriving from dict: __missing__ (the defaultdict and Counter
# patterns), overridden __getitem__/__setitem__/__contains__/__iter__/keys,
# AttrDict, and a dict subclass where a dict is expected (** unpacking,
# dict(), update, |).

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class MyDict(dict):
    pass


d = MyDict(a=1, b=2)
print(d, repr(d), str(d), len(d), type(d).__name__, isinstance(d, dict), type(d).__mro__)
print(d["a"], d.get("b"), d.get("z", 0), "a" in d, "z" in d, list(d), list(d.keys()), list(d.values()))
print(list(d.items()), sorted(d), dict(d), type(dict(d)).__name__)
d["c"] = 3
del d["a"]
print(d, d.pop("b"), d.setdefault("q", 9), d, d.popitem(), d)
show("missing", lambda: d["nope"])
show("copy", lambda: MyDict(x=1).copy())
show("or", lambda: MyDict(x=1) | {"y": 2})
show("ror", lambda: {"y": 2} | MyDict(x=1))
show("eq", lambda: MyDict(x=1) == {"x": 1})
show("hash", lambda: hash(MyDict()))
e = MyDict()
e |= {"k": 1}
e.update(m=2)
e.update([("n", 3)])
print(e, type(e).__name__, bool(e), bool(MyDict()))
print(MyDict.fromkeys("ab", 0), type(MyDict.fromkeys("ab")).__name__)
print(MyDict({1: 2}), MyDict([(1, 2)]), MyDict({1: 2}, z=3), MyDict(MyDict(a=1)))
print(f"{d}", "%s" % (d,), "{}".format(d))
for k in MyDict(p=1, q=2):
    print("key", k)
for k, v in MyDict(p=1, q=2).items():
    print("item", k, v)
d.note = "attr"
print(d.note, d.__dict__)


# __missing__: the defaultdict and Counter patterns.
class Tally(dict):
    def __missing__(self, key):
        return 0


t = Tally()
for w in "the cat and the hat and the bat".split():
    t[w] += 1
print(t, t["dog"], "dog" in t, t.get("dog"), len(t))


class AutoList(dict):
    def __missing__(self, key):
        self[key] = v = []
        return v


g = AutoList()
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    g[word[0]].append(word)
print(g, type(g).__name__)


class Tree(dict):
    def __missing__(self, key):
        value = self[key] = type(self)()
        return value


tree = Tree()
tree["a"]["b"]["c"] = 1
tree["a"]["x"] = 2
print(tree, type(tree["a"]).__name__)


class KeyErr(dict):
    def __missing__(self, key):
        raise KeyError("no " + repr(key))


show("missing raises", lambda: KeyErr()["k"])


# AttrDict, two ways.
class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__
    __delattr__ = dict.__delitem__


ad = AttrDict(x=1)
ad.y = 2
print(ad, ad.x, ad.y, ad["y"])
del ad.x
print(ad)
show("attrdict missing", lambda: ad.zzz)


class AttrDict2(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k) from None

    def __setattr__(self, k, v):
        self[k] = v


ad2 = AttrDict2(name="n")
ad2.size = 3
print(ad2.name, ad2.size, ad2, hasattr(ad2, "nope"), getattr(ad2, "nope", "dflt"))
show("attrdict2 missing", lambda: ad2.zzz)


class SelfDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self


sd = SelfDict(a=1)
sd.b = 2
print(sd, sd.a, sd.b, sorted(vars(sd)))


# Overridden dunders honoured by operators and builtins.
class Lower(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.lower())

    def __contains__(self, k):
        return super().__contains__(k.lower())


lo = Lower()
lo["ABC"] = 1
lo["Def"] = 2
print(lo, lo["abc"], lo["ABC"], "DEF" in lo, "dEf" in lo, lo.get("ABC"), dict.get(lo, "abc"))
lo2 = Lower({"XY": 1})  # dict.__init__ does not call __setitem__
print(lo2, list(lo2))
lo2.update({"ZZ": 2})  # neither does update
print(lo2)


class Logged(dict):
    def __iter__(self):
        print("iter")
        return iter(sorted(super().keys()))

    def __len__(self):
        print("len")
        return super().__len__()

    def keys(self):
        print("keys")
        return super().keys()

    def __getitem__(self, k):
        print("getitem", k)
        return super().__getitem__(k)

    def __repr__(self):
        return "Logged" + super().__repr__()


lg = Logged(b=2, a=1)
print(lg)
print(list(lg), len(lg), sorted(lg))
print(dict(lg))
print({**lg})


def kw(**k):
    return k


print(kw(**lg), kw(**MyDict(p=1)), kw(**Tally(q=2)))
print(dict(MyDict(a=1), b=2), dict(Tally(z=1)))
plain = {}
plain.update(lg)
print(plain)


class OnlyKeys(dict):
    def keys(self):
        print("onlykeys keys")
        return ["a"]

    def __getitem__(self, k):
        print("onlykeys getitem", k)
        return 99


ok = OnlyKeys(a=1, b=2)
print(dict(ok), {**ok}, kw(**ok))


class Eq(dict):
    def __eq__(self, other):
        return "custom eq"

    def __hash__(self):
        return 7


print(Eq() == {}, {} == Eq(), Eq() != {}, hash(Eq()), {Eq(): 1})


# __init__ and __new__ overrides.
class Config(dict):
    def __init__(self, name, **entries):
        super().__init__(**entries)
        self.name = name


c = Config("main", debug=True, level=3)
print(c, c.name, c["level"], type(c).__name__)
show("config args", lambda: Config())


class Defaults(dict):
    def __new__(cls, *args, **kwargs):
        obj = super().__new__(cls)
        obj["created"] = True
        return obj


df = Defaults(x=1)
print(df, type(df).__name__)


class Slim(dict):
    __slots__ = ()


sl = Slim(a=1)
show("slim attr", lambda: setattr(sl, "x", 1))
print(sl)

# dict methods return plain dicts; views work on subclasses.
print(type(MyDict(a=1).copy()).__name__, MyDict(a=1).keys(), MyDict(a=1).items(), MyDict(a=1).values())
print(MyDict(a=1).keys() & {"a", "b"}, reversed(MyDict(a=1)).__class__.__name__, list(reversed(MyDict(a=1, b=2))))
print(sorted(Tally(b=1, a=2).items()), max(Tally(b=1, a=2)), Tally(a=5) == {"a": 5})
print(MyDict(a=1) == MyDict(a=1), [MyDict()] == [{}])
