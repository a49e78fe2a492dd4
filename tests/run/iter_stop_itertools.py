# RUN: %difftest %s
# itertools' iterators and a StopIteration raised below them: consumers take
# it as the end; next() sees it passed on or taken as the source's end, and
# later calls ask the source again or not, each as CPython's version does.
import itertools as it

log = []


def stop_with(tag):
    def f(*_):
        log.append(tag)
        raise StopIteration(tag)

    return f


class Src:
    """1, 2, then StopIteration('srcN') from __next__ on every third call, then more."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        log.append(self.n)
        if self.n % 3 == 0:
            raise StopIteration("src%d" % self.n)
        return self.n


def drained(n=2):
    items = iter(range(1, n + 1))
    return map(lambda _: next(items), range(9))


def probe(label, make, n=4):
    log.clear()
    x = make()
    seen = []
    for _ in range(n):
        try:
            v = next(x)
            seen.append(v[0] if label.startswith("groupby") else v)
        except StopIteration as e:
            seen.append(("Stop", e.args))
        except Exception as e:
            seen.append((type(e).__name__, e.args))
    print(label, seen, log)


# Consumers: the source's callee ends it.
print("islice", list(it.islice(drained(3), 1, None)))
print("chain", list(it.chain(drained(), drained(1), [9])))
sources = iter(["ab", "c"])
print("chain.from_iterable", list(it.chain.from_iterable(map(lambda _: next(sources), range(5)))))
print("cycle", list(it.islice(it.cycle(drained()), 5)))
print("takewhile", list(it.takewhile(lambda v: v < 9, drained(3))))
print("dropwhile", list(it.dropwhile(lambda v: v < 2, drained(3))))
print("filterfalse", list(it.filterfalse(lambda v: v % 2, drained(4))))
print("starmap", list(it.starmap(lambda a, b: a + b, zip(drained(), drained()))))
print("starmap callee", list(it.starmap(stop_with("sm"), [(1, 2)])))
print("compress", list(it.compress(drained(3), [1, 0, 1, 1])), list(it.compress("abcd", drained(3))))
print("accumulate", list(it.accumulate(drained(3))), list(it.accumulate(drained(2), initial=100)))
print("accumulate func", list(it.accumulate([1, 2, 3], stop_with("acc"))))
print("zip_longest", list(it.zip_longest(drained(), "abc", fillvalue="-")))
print("groupby", [(k, list(g)) for k, g in it.groupby(drained(3), key=lambda v: v // 2)])
print("groupby key", list(it.groupby([1, 2], key=stop_with("key"))))
print("pairwise", list(it.pairwise(drained(3))))
print("product", list(it.product(drained(), "xy")))
print("permutations", list(it.permutations(drained(3), 2)))
print("combinations", list(it.combinations(drained(3), 2)))
print("cwr", list(it.combinations_with_replacement(drained(), 2)))
# list(g) takes Src's StopIteration as the group's end; groupby asks Src again.
for k, g in it.islice(it.groupby(Src()), 5):
    print("groupby loop", k, list(g))

# next(), and what later calls do.
probe("islice", lambda: it.islice(Src(), 5))
probe("islice error", lambda: it.islice(map(lambda v: 1 // (v - 2), [1, 2, 3]), 5))
probe("chain", lambda: it.chain(Src(), [9]))
probe("chain source error", lambda: it.chain.from_iterable(Src()))
probe("chain source stop", lambda: it.chain.from_iterable(map(stop_with("cs"), [1])))
probe("cycle", lambda: it.cycle(Src()), 5)
probe("cycle empty", lambda: it.cycle(map(stop_with("ce"), [1])))
probe("takewhile source", lambda: it.takewhile(lambda v: True, Src()))
probe("takewhile pred", lambda: it.takewhile(stop_with("p"), [1, 2]))
probe("takewhile false", lambda: it.takewhile(lambda v: v < 2, Src()))
probe("dropwhile", lambda: it.dropwhile(lambda v: v < 2, Src()), 5)
probe("filterfalse", lambda: it.filterfalse(None, Src()))
probe("filterfalse pred", lambda: it.filterfalse(stop_with("ff"), [1, 2]))
probe("starmap", lambda: it.starmap(stop_with("sm"), [(1,), (2,)]))
probe("starmap source", lambda: it.starmap(lambda *a: a, zip(Src())))
probe("compress data", lambda: it.compress(Src(), it.repeat(1)))
probe("compress selectors", lambda: it.compress(it.repeat("d"), Src()))
probe("accumulate", lambda: it.accumulate(Src()))
probe("accumulate func", lambda: it.accumulate([1, 2, 3, 4], stop_with("acc")))
probe("zip_longest", lambda: it.zip_longest(Src(), [7, 8, 9, 10]), 5)
probe("zip_longest error", lambda: it.zip_longest(map(lambda v: 1 // v, [1, 0, 2]), "abc"))
probe("groupby source", lambda: it.groupby(Src()))
probe("groupby key", lambda: it.groupby([1, 2], key=stop_with("k")))
probe("grouper", lambda: next(it.groupby(Src()))[1])
probe("pairwise", lambda: it.pairwise(Src()))
probe("pairwise error", lambda: it.pairwise(map(lambda v: 1 // v, [1, 2, 0, 3])))
