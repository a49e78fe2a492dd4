# RUN: %difftest %s
# A generator spread into a call with *: it is consumed before the call.
def gen(n):
    for i in range(n):
        print("  yield", i)
        yield i

def show(*args):
    print("show got", args)
    return len(args)

def three(a, b, c):
    print("three", a, b, c)

print(show(*gen(3)))
three(*gen(3))
three(10, *gen(2))
print(*gen(4))
print(*gen(3), sep="-", end="!\n")
print(show(*gen(0)))
try:
    three(*gen(4))
except TypeError as e:
    print("TypeError:", e)

def kw_pairs():
    yield "x", 1
    yield "y", 2

def kw(**kwargs):
    print(sorted(kwargs.items()))

kw(**dict(kw_pairs()))
print(max(*gen(3)), min(*gen(2)))
print("{}+{}={}".format(*gen(3)))
