# RUN: %difftest %s
# random: str/bytes seeds (versions 1 and 2), more distributions, randbytes, getstate/setstate and its errors.
import random
for v in [1, 2]:
    for s in ["", "a", "中文", b"", b"\xff\x00", "x" * 200, b"\x00abc"]:
        random.seed(s, version=v)
        print(v, repr(s)[:10], random.random(), random.getrandbits(40))
random.seed(5)
print(random.normalvariate(), random.normalvariate(3, 2), random.lognormvariate(0, 1), random.paretovariate(2), random.weibullvariate(1, 2))
print(random.randbytes(0), random.randbytes(3), random.randbytes(9), random.gauss())
st = random.getstate()
print(st[0], len(st[1]), st[1][-1], st[2])
a = [random.random() for _ in range(700)]
random.setstate(st)
print(a == [random.random() for _ in range(700)])
s2 = (2, tuple([x + 2**32 for x in st[1][:-1]]) + (st[1][-1],), None)
random.setstate(s2)
print(random.random() == a[0])
for bad in [(4, (), None), (3, (1, 2), None), (3, [0] * 625, None), (3, (0,) * 624 + (625,), None), (3, (-1,) * 625, None), (3, (0,) * 625)]:
    try:
        random.setstate(bad)
    except Exception as e:
        print(type(e).__name__, e)
