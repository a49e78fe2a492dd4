# RUN: %difftest %s
# Sorting stability with keys, reverse stability, min/max with key/default, sorted on mixed types errors.
people = [("bob", 25), ("alice", 30), ("carol", 25), ("dave", 30), ("eve", 22), ("frank", 25)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (-p[1], p[0])))
byname = sorted(people)
byname.sort(key=lambda p: p[1])
print(byname)
words = "The quick brown fox Jumps over the lazy dog".split()
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=len, reverse=True))
nums = [3, -1, 4, -1, 5, -9, 2, 6, -5, 3, 5]
print(sorted(nums, key=abs), sorted(nums, key=lambda x: x * x, reverse=True), sorted(set(nums)), list(reversed(sorted(nums))))
print(min(nums), max(nums), min(nums, key=abs), max(nums, key=abs), min([], default="empty"), max([], key=abs, default=None))
print(min(3, 1, 2), max("apple", "pear", "fig", key=len), min("apple", "pear", "fig", key=len), max([[1, 2], [1, 3], [0, 9]]), min((2, "b"), (2, "a")))
print(max([1, 1.0, True]), min([1, 1.0, True]), max([0, -0.0]), min([-0.0, 0]), max("abc"), min({3: "x", 1: "y"}), max({3: "x", 1: "y"}.values()))
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print(sorted(records, key=lambda r: r["v"]), max(records, key=lambda r: r["v"])["n"], min(records, key=lambda r: r["v"])["n"])
data = list(range(20))
data.sort(key=lambda x: x % 3)
print(data)
data.sort(key=lambda x: x % 3, reverse=True)
print(data)
strs = ["b10", "a2", "b9", "a10", "c1"]
print(sorted(strs, key=lambda s: (s[0], int(s[1:]))), sorted(strs, key=lambda s: int(s[1:])), sorted([(1, "b"), (1, "a"), (0, "z")]))
big = [(i * 7919) % 1000 for i in range(500)]
sb = sorted(big)
print(sb[:10], sb[-5:], sb == sorted(big, reverse=True)[::-1], sorted(big, key=lambda x: -x)[:5])
for bad in [lambda: sorted([1, "a"]), lambda: min([]), lambda: max(1), lambda: min(1, 2, key=None, default=0), lambda: sorted([3, 1], key=1), lambda: [None, 1].sort()]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
