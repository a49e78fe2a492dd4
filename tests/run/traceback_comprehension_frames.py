# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# Set and dict comprehensions, nested, inside a generator: each has a frame
# of its own (<setcomp>, <dictcomp>, <listcomp>) at the line of the part that
# fails, and a comprehension's frame counts toward the recursion limit.
import sys


def depth_of_comprehension():
    return [sys.getrecursionlimit() > 0 for _ in range(1)]


def keys(rows):
    return {
        row["k"]
        for row in rows
    }


def table(rows):
    yield {
        k: [
            10 // v
            for v in vs
        ]
        for k, vs in rows
    }


print(depth_of_comprehension())
print(sorted(keys([{"k": 1}, {"k": 2}])))
try:
    keys([{"k": 1}, {}])
except KeyError as e:
    print("KeyError", e)
for t in table([("a", [1, 2]), ("b", [5])]):
    print(t)
for t in table([("a", [1, 2]), ("b", [0])]):
    print(t)
