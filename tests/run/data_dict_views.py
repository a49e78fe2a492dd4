# RUN: %difftest %s
# Dict views: set operations, live updates, reversed, mutation during iteration errors, ordering.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
d["d"] = 4
del d["a"]
print(k, v, it, len(k), "b" in k, 2 in v, ("c", 3) in it, ("c", 4) in it)
print(k & {"b", "z"}, sorted(k | {"z"}), sorted(k - {"b"}), sorted(k ^ {"b", "q"}), k == {"b", "c", "d"}, k <= {"b", "c", "d", "e"})
print(sorted(it & {("b", 2), ("x", 0)}), list(reversed(k)), list(reversed(v)), list(reversed(it)), k.isdisjoint(["q"]))
print(list(d), list(d.items())[::-1], dict(reversed(list(d.items()))), dict(zip("xyz", range(3))), dict([("a", 1)], b=2))
d2 = dict.fromkeys("hello", 0)
print(d2, dict.fromkeys([1, 2]), d2.setdefault("h", 5), d2.setdefault("z", 9), d2.pop("e"), d2.pop("nope", "dflt"), d2)
print(d2.popitem(), d2, d2 | {"q": 1}, {**d2, "l": 7}, d2.get("l"), d2.get("zz"), d2.copy() is d2)
d2 |= [("w", 1)]
print(d2, d == d2, {1: 2} == {1: 2.0}, {1: 1, 2: 2} == {2: 2, 1: 1}, list({1: 1, 2: 2}) == list({2: 2, 1: 1}))
x = {1: "int", 1.0: "float", True: "bool"}
print(x, {0: "a", False: "b", 0.0: "c"}, {(1, 2): "t", "s": [1]}, {None: 1}[None])
for mutate in ["add", "delete", "change"]:
    e = {1: 1, 2: 2}
    try:
        for key in e:
            if mutate == "add":
                e[key + 10] = 0
            elif mutate == "delete":
                del e[key]
            else:
                e[key] = 99
        print(mutate, "ok", e)
    except RuntimeError as err:
        print(mutate, "RuntimeError", err)
s = {1, 2, 3}
try:
    for item in s:
        s.add(item + 10)
except RuntimeError as err:
    print("RuntimeError", err)
for bad in [lambda: {}["missing"], lambda: {}.popitem(), lambda: {[1]: 2}, lambda: d.pop("zz"), lambda: dict([1, 2]), lambda: dict([(1, 2, 3)])]:
    try:
        bad()
    except (KeyError, TypeError, ValueError) as err:
        print(type(err).__name__, err)
big = {}
for i in range(1000):
    big[i * 7 % 1000] = i
for i in range(0, 1000, 3):
    del big[i]
print(len(big), list(big)[:10], list(big.values())[-5:], sum(big), min(big), max(big.items()))
