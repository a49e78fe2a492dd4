# RUN: %difftest %s
# heapq, collections, functools, itertools, math and datetime used together.
import heapq, math, functools, itertools
from collections import Counter, deque, namedtuple, defaultdict, OrderedDict
from datetime import date, timedelta, datetime
h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, (x % 3, x))
print(h, heapq.heappop(h), heapq.nsmallest(3, [5, 1, 8, 3]), heapq.nlargest(2, "hello"), heapq.nlargest(2, [(1, "a"), (3, "b"), (2, "c")], key=lambda t: t[1]))
heap = [9, 4, 7, 1]
heapq.heapify(heap)
print(heap, heapq.heappushpop(heap, 0), heapq.heapreplace(heap, 10), heap, list(heapq.merge([1, 4, 9], [2, 3, 10], [0])))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], sorted(c.elements())[:6], c + Counter("aab"), c - Counter("aaaaaaz"), c & Counter("abc"), c | Counter("zzz"))
c.update({"a": -5})
c.subtract("bb")
print(c, +c, -c, c.total(), list(c), dict(c))
dq = deque(range(5), maxlen=5)
dq.append(5)
dq.appendleft(-1)
dq.rotate(2)
print(dq, dq.maxlen, dq[0], dq[-1], list(reversed(dq)), dq.count(3), deque("abc") == deque("abc"), dq.popleft(), dq.pop(), dq)
P = namedtuple("P", "x y", defaults=[0])
p = P(1)
print(p, p._replace(y=5), p._asdict(), P._fields, P._make([3, 4]), p + (9,), p.x, p[1], tuple(p), P(y=2, x=1) == (1, 2))
dd = defaultdict(int)
for w in "the cat the hat the".split():
    dd[w] += 1
print(dd, dict(dd), sorted(dd.items(), key=lambda kv: (-kv[1], kv[0])), defaultdict(list).default_factory)
od = OrderedDict.fromkeys("abc")
od.move_to_end("a")
od.move_to_end("c", last=False)
print(od, od.popitem(), od.popitem(last=False), od)
print(functools.reduce(lambda acc, x: acc * x, range(1, 10)), functools.reduce(max, [3, 9, 2], 0), functools.partial(int, base=2)("1011"))
@functools.lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(90), fib.cache_info(), sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(itertools.accumulate([3, 1, 4], max, initial=2)), list(itertools.chain.from_iterable(["ab", "cd"])))
print(list(itertools.combinations("abcd", 2)), list(itertools.permutations(range(3), 2)), list(itertools.product("ab", repeat=2)), list(itertools.combinations_with_replacement("ab", 2)))
print(list(itertools.islice(itertools.count(10, 5), 4)), list(itertools.islice(itertools.cycle("xy"), 5)), list(itertools.repeat("r", 3)), list(itertools.starmap(pow, [(2, 3), (3, 2)])))
print([(k, list(g)) for k, g in itertools.groupby("aaabbcaa")], list(itertools.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.dropwhile(lambda x: x < 3, [1, 2, 5, 1])), list(itertools.zip_longest("ab", "xyz", fillvalue="-")))
print(list(itertools.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(itertools.filterfalse(str.isdigit, "a1b2")), list(itertools.pairwise([1, 2, 3, 4])), [list(t) for t in itertools.tee([1, 2], 2)])
print(math.gcd(12, 18, 27), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.comb(50, 25), math.perm(10, 3), math.factorial(25), math.prod([1.5, 2, 3]), math.fsum([0.1] * 10))
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7), math.sqrt(2), math.hypot(3, 4), math.copysign(1, -0.0), math.isclose(1.0, 1.0 + 1e-10), math.log(8, 2), math.log10(1000), math.log2(1 << 100))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan), math.degrees(math.pi), math.radians(180), math.atan2(1, 1), math.fmod(-7, 3), math.modf(-3.5), math.frexp(8.0), math.ldexp(0.5, 4))
d0 = date(2024, 2, 28)
print(d0 + timedelta(days=1), d0 + timedelta(days=2), d0.isoformat(), d0.weekday(), d0.isoweekday(), d0.strftime("%Y/%m/%d %a %b %j"), date(2024, 12, 31) - d0, d0.replace(year=2023))
dt = datetime(2023, 12, 31, 23, 59, 30)
print(dt + timedelta(seconds=45), dt - timedelta(days=365, hours=1), dt.isoformat(), str(dt), repr(dt), dt.strftime("%H:%M:%S %p %I"), dt.date(), dt.time(), (dt - datetime(2023, 1, 1)).total_seconds())
print(timedelta(days=-1, seconds=5), timedelta(hours=25), timedelta(microseconds=1500), timedelta(weeks=1) // timedelta(days=2), timedelta(days=1) / 3, abs(timedelta(days=-2)), repr(timedelta(minutes=-1)))
