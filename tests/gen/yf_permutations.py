# RUN: %difftest %s
# Recursive combinatorics with yield from: permutations, combinations,
# subsets, and an N-queens solver.
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for perm in permutations(rest):
            yield [items[i]] + perm

def combinations(items, k, start=0, prefix=()):
    if len(prefix) == k:
        yield prefix
        return
    for i in range(start, len(items)):
        yield from combinations(items, k, i + 1, prefix + (items[i],))

def subsets(items):
    if not items:
        yield []
        return
    for rest in subsets(items[1:]):
        yield rest
        yield [items[0]] + rest

def queens(n, placed=()):
    row = len(placed)
    if row == n:
        yield placed
        return
    for col in range(n):
        if all(col != c and abs(col - c) != row - r for r, c in enumerate(placed)):
            yield from queens(n, placed + (col,))

for p in permutations("abc"):
    print("".join(p))
print(len(list(permutations([1, 2, 3, 4, 5]))))
print(list(combinations("wxyz", 2)))
print(sorted(subsets([1, 2, 3])))
print(next(queens(8)))
print(sum(1 for _ in queens(6)))
