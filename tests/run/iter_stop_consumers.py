# RUN: %difftest %s
# A StopIteration raised inside the callee of a builtin iterator (map's
# function, filter's predicate, a class's __next__, ...) means that iterator
# is exhausted, for every consumer that runs it to its end.
import collections
import functools
import heapq
import math


def drained(n=2):
    """map over range(5) whose function calls next() on an n-item iterator."""
    it = iter(range(1, n + 1))
    return map(lambda _: next(it), range(5))


def filtered():
    """filter whose predicate lets a StopIteration out after two items."""
    it = iter([True, True])
    return filter(lambda _: next(it), [10, 20, 30, 40])


class Relay:
    """A class iterator whose __next__ lets a nested next()'s StopIteration out."""

    def __init__(self, *items):
        self.src = iter(items)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self.src)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, "raised", type(e).__name__, e.args)


it = iter([1, 2])
show("issue", lambda: list(map(lambda _: next(it), range(5))))
show("list", lambda: list(drained()))
show("tuple", lambda: tuple(drained()))
show("set", lambda: sorted(set(drained())))
show("frozenset", lambda: sorted(frozenset(drained())))
show("dict", lambda: dict(zip(drained(), "xyz")))
pairs = iter([("k", 1), ("j", 2)])
show("dict pairs", lambda: dict(map(lambda _: next(pairs), range(4))))
show("dict.fromkeys", lambda: dict.fromkeys(drained()))
show("sum", lambda: sum(drained(3)))
show("sum start", lambda: sum(drained(3), 100))
show("sum floats", lambda: sum(map(float, drained(3))))
show("min", lambda: min(drained(3)))
show("max", lambda: max(drained(3)))
show("max key", lambda: max(drained(3), key=lambda v: -v))
show("max default", lambda: max(drained(0), default="empty"))
show("sorted", lambda: sorted(drained(3), reverse=True))
show("join", lambda: "-".join(map(str, drained(3))))
show("any", lambda: any(map(lambda v: v > 5, drained(3))))
show("all", lambda: all(drained(3)))
show("in", lambda: (2 in drained(3), 7 in drained(3)))
show("enumerate", lambda: list(enumerate(drained(), 5)))
show("zip", lambda: list(zip(drained(), "abcdef")))
show("zip second", lambda: list(zip("abcdef", drained())))
show("map of map", lambda: list(map(lambda v: v * 10, drained())))
show("filter", lambda: list(filtered()))
show("filter of map", lambda: list(filter(None, drained(3))))
show("reversed list", lambda: list(reversed(list(drained()))))
show("Relay list", lambda: list(Relay(1, 2, 3)))
show("Relay map", lambda: list(map(str, Relay("x", "y"))))
show("Relay sum", lambda: sum(Relay(4, 5)))
show("star list", lambda: [*drained(), *filtered()])
show("star set", lambda: sorted({*drained()}))
show("star tuple", lambda: (*drained(), 0))
show("star call", lambda: (lambda *a: a)(*drained(), *Relay(7)))
show("kw star", lambda: (lambda *a, **k: (a, k))(*drained(1), x=1))
show("extend", lambda: (lst := [0], lst.extend(drained()), lst)[-1])


def iadd():
    lst = [0]
    lst += drained()
    return lst


show("iadd", iadd)
show("set.update", lambda: (s := set(), s.update(drained()), sorted(s))[-1])
show("dict.update", lambda: (d := {}, d.update(zip("xyz", drained())), d)[-1])
show("bytes", lambda: bytes(drained(3)))
show("deque", lambda: collections.deque(drained()))
show("deque.extend", lambda: (q := collections.deque([0]), q.extend(drained()), q)[-1])
chars = iter("abca")
show("Counter", lambda: collections.Counter(map(lambda _: next(chars), range(9))))
show("reduce", lambda: functools.reduce(lambda a, b: a * 10 + b, drained(3)))
show("nlargest", lambda: heapq.nlargest(2, drained(3)))
show("prod", lambda: math.prod(drained(3)))
show("fsum", lambda: math.fsum(drained(3)))

# unpacking
try:
    a, b = drained()
    print("unpack", a, b)
    a, *rest = drained(3)
    print("unpack star", a, rest)
    *init, last = filtered()
    print("unpack star2", init, last)
    x, y, z = drained()
except ValueError as e:
    print("unpack short", e)
try:
    (p,) = drained()
except ValueError as e:
    print("unpack long", e)

# for loops and comprehensions
for v in drained():
    print("for", v)
else:
    print("for else ran")
for i, (v, w) in enumerate(zip(drained(), Relay("p", "q", "r"))):
    print("for zip", i, v, w)
print("listcomp", [v * 2 for v in drained()])
print("setcomp", sorted({v for v in drained(3)}))
print("dictcomp", {v: str(v) for v in filtered()})
print("genexp", list(v + 1 for v in drained()), sum(v for v in drained(3)))
print("nested", [(v, w) for v in drained() for w in Relay("a", "b")])


def gen_loop():
    # a for loop inside a generator ends normally: no RuntimeError (PEP 479 is about the body)
    for v in drained():
        yield v
    yield "after"


print("gen loop", list(gen_loop()))


def gen_from():
    got = yield from drained()
    yield ("got", got)


print("yield from", list(gen_from()))


def stop_with(value):
    raise StopIteration(value)


def gen_from_value():
    got = yield from map(stop_with, [1])
    yield ("got", got)
    got = yield from Relay()
    yield ("got relay", got)


print("yield from value", list(gen_from_value()))

# A StopIteration from the consumer's own callee is not the end of anything.
show("min key", lambda: min([3, 1, 2], key=lambda v: stop_with("key") if v == 1 else v))
show("sorted key", lambda: sorted([3, 1, 2], key=lambda v: stop_with("sk") if v == 2 else v))


class Adds:
    def __radd__(self, other):
        raise StopIteration("radd")


show("sum add", lambda: sum([1, Adds(), 2]))
show("dict bad pair", lambda: dict([drained(1)]))
