# RUN: %difftest %s
# Generator expressions as the sole call argument (no extra parentheses),
# nested inside each other, with several for/if clauses and closures.
print(sum(x * x for x in range(10)))
print(max(len(w) for w in "a bb ccc dd".split()))
print(list(x for x in "abc"))
print(sorted((c for c in "hello"), reverse=True))
print(any(x > 3 for x in [1, 2, 5]), all(x > 0 for x in [1, -1]))
print(dict((k, v) for k, v in zip("ab", (1, 2))))
print(tuple(i for i in range(10) if i % 2 if i % 3))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(sum(row) for row in matrix))
print(list(x for row in matrix for x in row if x % 2 == 0))
rows = (list(r * c for c in range(1, 4)) for r in range(1, 4))
print(list(rows))
outer = ((x, (y for y in range(x))) for x in range(4))
for x, ys in outer:
    print(x, list(ys))
gen_of_gens = ((i * j for j in range(3)) for i in range(3))
print([list(g) for g in gen_of_gens])

def make_scalers(factors):
    return [(lambda xs, f=f: (x * f for x in xs)) for f in factors]

for scaler in make_scalers([1, 10]):
    print(list(scaler([1, 2, 3])))

def uses_enclosing(limit):
    step = 2
    return list(x for x in range(limit) if x % step == 0)

print(uses_enclosing(9))
print(" ".join(f"{i}:{c}" for i, c in enumerate("xyz")))
print(next(x for x in range(100) if x * x > 50))
print(next((x for x in [] if x), "no match"))
