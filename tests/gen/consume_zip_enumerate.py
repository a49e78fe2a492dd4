# RUN: %difftest %s
# zip and enumerate are lazy: interleaving of the generators' prints shows it.
def letters():
    for c in "abcd":
        print("  letter", c)
        yield c

def numbers(n):
    for i in range(n):
        print("  number", i)
        yield i

for pair in zip(letters(), numbers(10)):
    print("pair", pair)
print("--")
for pair in zip(numbers(2), letters()):
    print("pair", pair)
print("--")
for i, c in enumerate(letters()):
    print("enumerate", i, c)
for i, c in enumerate(letters(), 10):
    print("enumerate from 10", i, c)
print(list(zip(numbers(3), numbers(3), numbers(3))))
print(dict(zip(letters(), numbers(4))))
print(list(enumerate(x * 2 for x in range(3))))
z = zip(letters(), letters())
print("zip created, nothing consumed yet")
print(next(z))
print(list(z))
