# RUN: %difftest %s
# RecursionError in functions that recurse through local generator loops:
# the error is caught at the top and the program goes on; the depth at
# which it happens is CPython's (a generator's frame counts only while the
# generator runs, i.e. inside next(), not while the loop body runs).
import sys

def one():
    yield 1

def two(n):
    yield n
    yield n + 1

def guarded():
    try:
        yield 0
    finally:
        pass

max_depth = 0

def recurse_in_body(depth):
    global max_depth
    max_depth = depth
    for x in one():
        recurse_in_body(depth + 1)

def recurse_in_generator_args(depth):
    global max_depth
    max_depth = depth
    for x in two(depth):
        if x == depth:
            recurse_in_generator_args(depth + 1)

def recurse_with_finally(depth):
    global max_depth
    max_depth = depth
    for x in guarded():
        recurse_with_finally(depth + 1)

def bounded(depth, limit):
    if depth == limit:
        return depth
    for x in one():
        return bounded(depth + 1, limit)

def attempt(fn):
    global max_depth
    max_depth = 0
    try:
        fn(0)
    except RecursionError as e:
        print(fn.__name__, "RecursionError:", e)
        print("depth reached:", max_depth)

attempt(recurse_in_body)
attempt(recurse_in_generator_args)
attempt(recurse_with_finally)
print("bounded 500:", bounded(0, 500))
# after the errors, recursion works again at full depth
print("bounded 900:", bounded(0, 900))
try:
    bounded(0, 2000)
except RecursionError as e:
    print("bounded 2000: RecursionError:", e)
sys.setrecursionlimit(3000)
print("limit 3000, bounded 2000:", bounded(0, 2000))
sys.setrecursionlimit(1000)
attempt(recurse_in_body)
