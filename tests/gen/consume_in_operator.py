# RUN: %difftest %s
# `in` consumes a generator only up to the first match; what is left stays.
def numbers():
    for i in range(8):
        print("  checking", i)
        yield i

g = numbers()
print(3 in g)
print("rest:", list(g))
g = numbers()
print(100 in g)
print("rest:", list(g))
g = numbers()
print(2 not in g)
print(5 in g)
print(1 in g)

def words():
    yield "spam"
    yield "eggs"

print("eggs" in words(), "ham" in words())
print(any(x > 5 for x in numbers()))
print(all(x < 3 for x in numbers()))
print(any(numbers()), all(numbers()))

class Always:
    def __eq__(self, other):
        print("  __eq__ with", other)
        return other == 2

print(Always() in numbers())
