# RUN: %difftest %s
# heapq.merge: a lazy merge of sorted inputs in CPython's order: ties go to
# the earlier input, key= and reverse= as heapq.py, each input read one
# item ahead only as far as the merge needs, empty inputs skipped.
import heapq

log = []


def numbers(name, values):
    for v in values:
        log.append((name, v))
        yield v


m = heapq.merge(numbers("a", [1, 4, 7]), numbers("b", [2, 4, 8]), numbers("c", []))
print(log)
print(next(m), log)
print(list(m))
print(list(heapq.merge([3, 1], [2], key=lambda x: -x, reverse=False)))
print(list(heapq.merge([5, 3, 1], [4, 3, 2], reverse=True)))
pairs = heapq.merge([(1, "x"), (2, "y")], [(1, "a"), (3, "b")], key=lambda p: p[0])
print(list(pairs))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge("ace", "bdf")))
words = heapq.merge(["Apple", "cherry"], ["banana", "Date"], key=str.lower)
print(list(words))
try:
    list(heapq.merge([1], ["a"]))
except TypeError as e:
    print("TypeError:", e)
