# RUN: %difftest %s
# Classic infinite generators consumed lazily: Fibonacci, an incremental
# prime sieve, a cycle, running averages, pairwise windows; with
# itertools.islice and takewhile.
import itertools

def fibonacci():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

def primes():
    composites = {}
    n = 2
    while True:
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)
        n += 1

def cycle(items):
    while True:
        yield from items

def windows(it, size):
    window = []
    for x in it:
        window.append(x)
        if len(window) > size:
            window.pop(0)
        if len(window) == size:
            yield tuple(window)

print(list(itertools.islice(fibonacci(), 15)))
print(list(itertools.islice(fibonacci(), 100, 101)))
print(list(itertools.islice(primes(), 25)))
print(list(itertools.takewhile(lambda p: p < 60, primes())))
print(list(itertools.islice(cycle("abc"), 8)))
print(list(windows(itertools.islice(primes(), 6), 3)))
for i, (f, p) in enumerate(zip(fibonacci(), primes())):
    if i == 6:
        break
    print(i, f, p)
print(sum(itertools.islice(primes(), 500)))
