# RUN: %difftest %s
# List, dict and set comprehensions: conditions, nesting, several for clauses.
squares = [x * x for x in range(10)]
evens = [x for x in range(20) if x % 2 == 0]
labels = ["even" if x % 2 == 0 else "odd" for x in range(5)]
print(squares, evens, labels)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [v for row in matrix for v in row]
transposed = [[row[i] for row in matrix] for i in range(3)]
print(flat, transposed)
print([[x * y for y in range(1, 4)] for x in range(1, 4)])
words = ["apple", "bob", "kayak", "level", "python", "noon"]
lengths = {w: len(w) for w in words}
palindromes = [w for w in words if w == w[::-1]]
print(lengths, palindromes)
inverted = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inverted, {k: v for k, v in lengths.items() if v > 4})
print({i: i ** 2 for i in range(6)}, {(i, j): i * j for i in range(2) for j in range(2)})
unique_lengths = {len(w) for w in words}
print(sorted(unique_lengths), sorted({c for c in "mississippi"}), len({x % 3 for x in range(100)}))
print(sorted({w[0] for w in words}), {x for x in []}, type({x for x in []}).__name__)
nested = [[y for y in range(x)] for x in range(5)]
print(nested, [len(row) for row in nested])
x = "outer"
values = [x for x in range(3)]
print(x, values)
factor = 10
print([factor * v for v in range(4)], [f(2) for f in [lambda n: n + 1, lambda n: n * 7]])
print([c.upper() for c in "hello" if c not in "aeiou"], "".join([c for c in "a1b2c3" if c.isdigit()]))
print([(i, c) for i, c in enumerate("abc")], [a + b for a, b in zip([1, 2], [10, 20])])
primes = [n for n in range(2, 50) if all([n % d != 0 for d in range(2, n)])]
print(primes)
print(sum([x for x in range(1000) if x % 3 == 0 or x % 5 == 0]), max([len(w) for w in words]))
print([[row[j] for row in matrix if row[j] % 2] for j in range(3)])
print({name: [s for s in range(score)] for name, score in [("a", 2), ("b", 3)]})
