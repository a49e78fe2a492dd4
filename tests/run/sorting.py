# RUN: %difftest %s
# sorted/list.sort with keys and reverse, stability, min/max with key.
people = [("alice", 31, "NYC"), ("bob", 25, "LA"), ("carol", 31, "LA"), ("dave", 25, "NYC"), ("eve", 40, "SF")]
print(sorted(people))
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: p[1], reverse=True))
print(sorted(people, key=lambda p: (p[2], -p[1], p[0])))
by_city = sorted(people, key=lambda p: p[2])
print([p[0] for p in by_city])
stable = sorted(sorted(people, key=lambda p: p[0]), key=lambda p: p[1])
print([p[0] for p in stable])
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len), sorted(words, key=lambda w: (len(w), w)))
print(sorted(words, key=str.lower, reverse=True))
nums = [5, -3, 2, -8, 7, 0]
print(sorted(nums), sorted(nums, key=abs), sorted(nums, reverse=True), sorted(nums, key=lambda n: -n))
nums.sort(key=lambda n: n % 3)
print(nums)
print(min(people, key=lambda p: p[1]), max(people, key=lambda p: p[1]), max(words, key=len), min(words, key=len))
print(min(nums), max(nums), min(3, 1, 2), max("a", "B"), min([], default="empty"), max([1, 5], default=0))
print(min([(2, "b"), (1, "z"), (1, "a")]), max("hello world".split(), key=lambda w: w[-1]))
scores = {"ann": 88, "ben": 95, "cat": 88, "dan": 70}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for place, (name, score) in enumerate(ranking, 1):
    print(place, name, score)
print(sorted(scores, key=scores.get), max(scores, key=scores.get), sorted(scores.values()))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: "c", 1: "a"}), sorted(range(5), reverse=True))
records = [{"n": "x", "v": 2}, {"n": "y", "v": 1}, {"n": "z", "v": 2}]
print([r["n"] for r in sorted(records, key=lambda r: r["v"])])
matrix = [[3, 1], [1, 2], [2, 0]]
print(sorted(matrix, key=lambda row: row[1]), sorted(matrix, key=sum))
original = [3, 1, 2]
result = sorted(original)
print(original, result, original.sort(), original)
print(sorted([0.5, -1.5, 2, 1e-3, True]), sorted(["b", "a", "C", "_", "1"]))
