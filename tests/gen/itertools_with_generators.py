# RUN: %difftest %s
# itertools functions fed by generators: chain, groupby, accumulate,
# zip_longest, tee-free pairwise, product, starmap; laziness shown by prints.
import itertools

def letters(s):
    for c in s:
        print("  gen", c)
        yield c

print(list(itertools.chain(letters("ab"), letters("cd"))))
print(list(itertools.chain.from_iterable(letters(w) for w in ["xy", "z"])))
for key, group in itertools.groupby(x for x in "aaabccdd"):
    print(key, list(group))
print(list(itertools.accumulate(x * x for x in range(6))))
print(list(itertools.zip_longest(letters("abc"), (i for i in range(1)), fillvalue="-")))
print(list(itertools.product((x for x in "ab"), repeat=2)))
print(list(itertools.starmap(pow, ((b, 2) for b in range(4)))))
print(list(itertools.compress(letters("abcd"), (x % 2 == 0 for x in range(4)))))
c = itertools.count(10)
print(list(next(c) for _ in range(3)))
print(list(itertools.dropwhile(lambda x: x < 3, (x for x in range(6)))))
