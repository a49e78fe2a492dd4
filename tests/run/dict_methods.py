# RUN: %difftest %s
# dict: insertion order, methods, views, merging, iteration, and KeyError.
d = {"one": 1, "two": 2}
d["three"] = 3
d["one"] = 11
print(d, len(d), list(d), list(d.keys()), list(d.values()), list(d.items()))
print(d.get("two"), d.get("four"), d.get("four", 4), "two" in d, 2 in d, 2 in d.values())
print(d.setdefault("four", 4), d.setdefault("one", 100), d)
print(d.pop("two"), d.pop("missing", "default"), d)
del d["three"]
d["two"] = 22
print(d, d.popitem(), d)
d.update({"five": 5, "one": 1})
d.update(six=6)
d.update([("seven", 7)])
print(d)
for key in d:
    print(key, d[key], end="; ")
print()
for key, value in d.items():
    print(f"{key}={value}", end=" ")
print()
print(sorted(d), sorted(d.items(), key=lambda kv: kv[1]), max(d, key=d.get))
counts = {}
for word in "the cat and the hat and the bat".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
merged = {**counts, "cat": 100, "new": 0}
print(merged, counts | {"zzz": 1}, dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict(zip("abc", range(3))))
print(dict.fromkeys(["a", "b"], 0), dict.fromkeys("xy"), {}.get("k"), len({}))
copy = counts.copy()
copy["the"] = 0
print(counts["the"], copy["the"], copy == counts, {"a": 1, "b": 2} == {"b": 2, "a": 1})
nested = {"outer": {"inner": [1, 2, {"deep": True}]}}
print(nested["outer"]["inner"][2]["deep"], nested)
keys_view = counts.keys()
counts["late"] = 1
print(len(keys_view), "late" in keys_view, list(keys_view)[-1])
try:
    counts["absent"]
except KeyError as e:
    print("KeyError:", e, repr(e))
counts.clear()
print(counts, bool(counts))
by_len = {}
for w in ["a", "bb", "cc", "d", "eee"]:
    by_len.setdefault(len(w), []).append(w)
print(by_len, {1: "int", 1.0: "float", True: "bool"})
d2 = {"b": 1, "a": 2}
d2["c"] = 0
del d2["b"]
d2["b"] = 9
print(d2, list(reversed(d2)))
