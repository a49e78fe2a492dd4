# RUN: %difftest %s
# Classes deriving from collections' dict subtypes (defaultdict, Counter,
# OrderedDict): their __init__ as CPython's (Counter's calls self.update,
# OrderedDict's stores each item through self[key]), their repr with the
# class's name, and overrides honoured.
from collections import Counter, OrderedDict, defaultdict

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)

class Groups(defaultdict):
    def __init__(self):
        super().__init__(list)

    def add(self, key, value):
        self[key].append(value)
        return self

g = Groups().add("a", 1).add("a", 2).add("b", 3)
print(g, dict(g), g["zz"], len(g), g.default_factory, type(g).__name__, isinstance(g, dict), isinstance(g, defaultdict))
g.note = "n"
print(g.note, Groups.__mro__)

class DD(defaultdict):
    pass

dd = DD(int, a=1)
dd["b"] += 5
print(dd, repr(dd), dd.default_factory, type(dd.copy()).__name__)
show("dd bad factory", lambda: DD(5))
dd2 = DD()
show("dd no factory", lambda: dd2["x"])

class WordCount(Counter):
    def top(self):
        return self.most_common(1)[0]

wc = WordCount("abracadabra")
print(wc, wc.top(), wc["z"], type(wc).__name__, wc.total(), sorted(wc.elements())[:4])
wc.update("aaa")
print(wc["a"], wc + Counter("z"), type(wc + Counter("z")).__name__, wc - Counter("a" * 9), +wc, -WordCount({"q": -1}))
print(WordCount(a=2, b=1), WordCount({"x": 3}), WordCount(), WordCount("ab") == {"a": 1, "b": 1})

class Logged(Counter):
    def update(self, *args, **kwargs):
        print("update", args, kwargs)
        super().update(*args, **kwargs)

lc = Logged("ab", c=3)
print(lc)

class LastUpdated(OrderedDict):
    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        self.move_to_end(key)

lu = LastUpdated([("a", 1), ("b", 2)], c=3)
lu["a"] = 10
print(lu, list(lu), repr(lu), type(lu).__name__, lu.popitem(), lu)

class Seen(OrderedDict):
    def __setitem__(self, key, value):
        print("set", key, value)
        super().__setitem__(key, value)

s = Seen({"x": 1}, y=2)
print(s, s == {"x": 1, "y": 2}, OrderedDict(s), type(OrderedDict(s)).__name__)

class Capped(OrderedDict):
    def __init__(self, limit, *args, **kwargs):
        self.limit = limit
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        super().__setitem__(key, value)
        if len(self) > self.limit:
            self.popitem(last=False)

cap = Capped(2)
for k in "abcd":
    cap[k] = ord(k)
print(cap, cap.limit)

