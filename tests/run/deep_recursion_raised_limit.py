# RUN: %difftest %s
# With sys.setrecursionlimit raised, recursion goes as deep as CPython's
# (300,000 frames of a small function): the main stack grows to match.
import sys
sys.setrecursionlimit(10**6)
def f(n):
    return 0 if n == 0 else 1 + f(n - 1)
for n in (10000, 100000, 300000):
    try:
        print(n, f(n))
    except RecursionError as e:
        print(n, "RecursionError", e)
