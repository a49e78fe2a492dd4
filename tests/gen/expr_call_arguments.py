# RUN: %difftest %s
# yield inside call arguments: arguments left of the yield are evaluated
# before the suspension, those right of it after; x = f(a, (yield b)).
def note(tag, value):
    print("  evaluating", tag)
    return value

def f(*args, **kwargs):
    print("  f called with", args, sorted(kwargs.items()))
    return len(args) + len(kwargs)

def gen():
    a = "A"
    x = f(a, (yield "b"))
    print("  x =", x)
    y = f(note("left", 1), (yield "first"), note("middle", 2), (yield "second"), note("right", 3))
    print("  y =", y)
    z = f(key=(yield "kw"), other=note("after kw", 0))
    print("  z =", z)
    print((yield "print arg"))
    print("prefix", (yield "two"), (yield "print args"), sep="|")
    w = note("callee", f)(note("arg", 1), (yield "callee first"))
    print("  w =", w)

g = gen()
print(next(g))
print(g.send("sent-1"))
print(g.send("s1"))
print(g.send("s2"))
print(g.send("kwval"))
print(g.send("printed value"))
print(g.send("p1"))
print(g.send("p2"))
try:
    g.send("last")
except StopIteration:
    print("done")
