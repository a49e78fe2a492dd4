# RUN: %difftest %s
# functools.partial / reduce and itertools.count / islice / chain.
import functools
import itertools

def power(base, exponent):
    return base ** exponent

square = functools.partial(power, exponent=2)
two_to = functools.partial(power, 2)
print(square(7), two_to(10), [square(n) for n in range(5)])
print(square.func.__name__, square.keywords, two_to.args)
join_dash = functools.partial("-".join)
print(join_dash(["a", "b", "c"]))
print_csv = functools.partial(print, sep=",", end=";\n")
print_csv(1, 2, 3)

print(functools.reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(functools.reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda acc, s: acc + s.upper(), ["x", "y"], ">"))
print(functools.reduce(max, [3, 9, 2, 7]), functools.reduce(lambda a, b: a + b, [], 0))
try:
    functools.reduce(lambda a, b: a + b, [])
except TypeError as e:
    print("TypeError:", e)

counter = itertools.count(10)
print(next(counter), next(counter), next(counter))
print(list(itertools.islice(itertools.count(), 5)), list(itertools.islice(itertools.count(1, 3), 4)))
print(list(itertools.islice("abcdefgh", 2, 6)), list(itertools.islice(range(100), 0, 20, 7)))
print(list(itertools.chain([1, 2], (3, 4), "ab")), list(itertools.chain.from_iterable([[1], [2, 3], []])))
for i, ch in zip(itertools.count(1), "xyz"):
    print(i, ch)
evens = itertools.islice(itertools.count(0, 2), 3, 8)
print(list(evens), list(evens))
total = 0
for n in itertools.count(1):
    if n > 100:
        break
    total += n
print("total", total)
print(list(itertools.islice(itertools.count(0.5, 0.25), 4)))
