# RUN: %difftest %s
# repr of self-referencing containers and deep nesting; equality of nested structures.
l = [1, 2]
l.append(l)
print(l, repr(l), str(l), len(l), l[2] is l, l[2][2][0])
d = {"a": 1}
d["self"] = d
print(d, list(d.keys()))
m = [d, l]
d["m"] = m
print(m)
print(d)
t = ([],)
t[0].append(t)
print(t)
s = {"k": [1, {"x": None}]}
s["k"][1]["x"] = s
print(s)
a, b = [], []
a.append(b)
b.append(a)
print(a, b)
nested = [[[[[[[[1]]]]]]]]
print(nested, [[]] * 3, [[], [[]], [[[]]]], {1: {2: {3: {}}}}, ((((),),),), [(), [], {}, set(), "", b""])
from collections import OrderedDict, deque, defaultdict
od = OrderedDict()
od["me"] = od
print(od)
dq = deque([1])
dq.append(dq)
print(dq)
dd = defaultdict(list)
dd["x"].append(dd)
print(dd)
print([l, l], [d] == [d], l == l)
