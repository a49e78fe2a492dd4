# RUN: %difftest %s
# next() called directly on a builtin iterator whose callee raised
# StopIteration: the exception propagates as it was raised (same object, same
# args), except where CPython's iterator takes it as its own end; later calls
# go on as in CPython (map and filter ask again, iter(f, sentinel) does not).
calls = []


def stop_with(*args):
    def f(*_):
        calls.append(args)
        raise StopIteration(*args)

    return f


def probe(label, it, n=3, default=False):
    """Calls next(it) n times; prints each item or exception and the callee calls."""
    calls.clear()
    seen = []
    for _ in range(n):
        try:
            seen.append(next(it, "dflt") if default else next(it))
        except StopIteration as e:
            seen.append(("Stop", e.args, e.value))
        except Exception as e:
            seen.append((type(e).__name__, e.args))
    print(label, seen, calls)


probe("map", map(stop_with(5), [1, 2]))
probe("map no args", map(stop_with(), [1, 2]))
probe("map two args", map(stop_with("a", "b"), [1]))
probe("map default", map(stop_with(5), [1, 2]), default=True)
probe("map two iterables", map(stop_with(6), "ab", "xyz"))
probe("filter", filter(stop_with(7), [1, 2]))
probe("filter default", filter(stop_with(7), [1, 2]), default=True)
probe("enumerate", enumerate(map(stop_with(8), [1, 2])))
probe("zip", zip([1, 2, 3], map(stop_with(9), "ab")))
probe("zip strict", zip([1, 2], map(stop_with(9), "ab"), strict=True))
probe("zip strict first", zip(map(stop_with(9), "ab"), [1, 2], strict=True))
probe("map of map", map(str, map(stop_with(10), [1, 2])))
probe("callable iter", iter(stop_with(11), None))
probe("callable iter default", iter(stop_with(11), None), default=True)

mark = StopIteration("mark")


def raise_mark(_):
    raise mark


try:
    next(map(raise_mark, [1]))
except StopIteration as e:
    print("same object", e is mark)
try:
    next(enumerate(filter(raise_mark, [1])))
except StopIteration as e:
    print("same object through two", e is mark)


class Seq:
    def __getitem__(self, i):
        if i == 2:
            raise StopIteration("getitem")
        return i * 10


probe("sequence iter", iter(Seq()), 4)
print("sequence list", list(Seq()))


class Sized(Seq):
    def __len__(self):
        return 4


probe("reversed", reversed(Sized()), 4)


class Flaky:
    """Raises StopIteration('u', n) on every third call, then goes on."""

    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n % 3 == 0:
            raise StopIteration("u", self.n)
        return self.n


probe("class", Flaky(), 4)
probe("map over class", map(lambda v: -v, Flaky()), 4)
probe("zip over class", zip(Flaky()), 4)
probe("zip strict over class", zip(Flaky(), "abcdefg", strict=True), 4)
z = zip(Flaky())
print("zip lists", list(z), list(z), list(z))
e = enumerate(Flaky())
print("enumerate lists", list(e), list(e))


def returns(value):
    yield 1
    return value


probe("generator", returns(5))
probe("map over generator", map(lambda v: v, returns(5)))
probe("map over generator None", map(lambda v: v, returns(None)))
probe("filter over generator", filter(None, returns("r")))
print("list over generator", list(returns(5)), list(map(str, returns(5))), sum(returns(5)))


def gen_next_in_body():
    yield "start"
    yield next(map(stop_with("body"), [1]))


g = gen_next_in_body()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print("PEP 479", e.args, type(e.__cause__).__name__, e.__cause__.args)


def gen_class_next():
    yield next(Flaky()) + next(iter([]))


try:
    list(gen_class_next())
except RuntimeError as e:
    print("PEP 479 class", e.args, e.__cause__.args)


def gen_yield_from():
    got = yield from map(lambda v: v, returns("inner"))
    yield ("got", got)
    got = yield from Flaky()
    yield ("got class", got)


print("yield from values", list(gen_yield_from()))
