# RUN: %difftest %s
# Deeply nested containers: repr, str, == and `in` recurse through them as
# nested calls that count against the recursion limit together with the
# Python frames around them, as CPython's do (the same first failing
# depth), and a list nested 100,000 deep is RecursionError, never a crash;
# with the limit raised, the C stack stops them first.
import sys


def first_fail(make, op):
    lo, hi = 900, 1000
    while lo < hi:
        mid = (lo + hi) // 2
        x = make(mid)
        try:
            op(x)
            lo = mid + 1
        except RecursionError:
            hi = mid
    return lo


def nest_list(n):
    l = []
    for i in range(n):
        l = [l]
    return l


def nest_dict(n):
    d = {}
    for i in range(n):
        d = {'k': d}
    return d


def nest_tuple(n):
    t = ()
    for i in range(n):
        t = (t,)
    return t


print('repr list', first_fail(nest_list, repr))
print('repr dict', first_fail(nest_dict, repr))
print('repr tuple', first_fail(nest_tuple, repr))
print('eq list', first_fail(lambda n: (nest_list(n), nest_list(n)), lambda p: p[0] == p[1]))
print('str list', first_fail(nest_list, str))
print('str dict', first_fail(nest_dict, str))


def f():
    return first_fail(nest_list, repr)


print('repr list one frame deeper', f())
for n in (100000,):
    l = nest_list(n)
    for what, op in (("repr", repr), ("str", str), ("eq", lambda x: x == nest_list(n)), ("in", lambda x: x in [nest_list(n)])):
        try:
            op(l)
            print(n, what, "ok")
        except RecursionError as e:
            print(n, what, "RecursionError:", e)
    t = nest_tuple(n)
    print(n, "hash", hash(t) == hash(nest_tuple(n)))
sys.setrecursionlimit(100000)
l = nest_list(50000)
try:
    print(len(repr(l)))
except RecursionError as e:
    print("repr at limit 100000: RecursionError:", e)
print("end")
