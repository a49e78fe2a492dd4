# RUN: %difftest %s
# Evaluation order, finally/return interplay, closures, class scopes.
log = []
def f(x):
    log.append(x)
    return x

print(f(1) + f(2) * f(3), log)
log.clear()
d = {f("k1"): f("v1"), f("k2"): f("v2")}
print(d, log)
log.clear()
print([f(i) for i in range(3)], f(10) < f(20) < f(5) < f(99), log)

def tf():
    try:
        return "try"
    finally:
        print("finally runs")

def tf2():
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            print("body", i)
        finally:
            print("fin", i)
    else:
        print("no else")
    return "done"

def tf3():
    try:
        try:
            raise ValueError("inner")
        finally:
            print("inner finally")
    except ValueError as e:
        print("caught", e)
        return "from except"
    finally:
        print("outer finally")

def tf4():
    try:
        return 1
    finally:
        return 2

def tf5():
    x = 0
    while True:
        try:
            x += 1
            if x > 3:
                return x
        finally:
            if x == 2:
                print("finally sees 2")

print(tf(), tf2(), tf3(), tf4(), tf5())

def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    def get():
        return n
    return inc, get

inc, get = counter()
inc(); inc(5)
print(get())

class K:
    a = 1
    b = a + 1
    items = [i * 2 for i in range(3)]
    def m(self):
        return K.b
print(K.b, K.items, K().m())

def make_adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([g(10) for g in make_adders()])

x = 5
def shadow():
    x = 1
    def inner():
        return x
    return inner()
print(shadow(), x)

def unbound():
    try:
        print(y)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    y = 1
unbound()

class Base:
    def __init__(self):
        self.tag = "base"
    def hello(self):
        return "hello from " + type(self).__name__
class Child(Base):
    def __init__(self):
        super().__init__()
        self.tag += "+child"
    def hello(self):
        return super().hello() + "!"
c = Child()
print(c.tag, c.hello())

with open("cg_scratch.txt", "w") as fh:
    fh.write("abc\n")
with open("cg_scratch.txt") as fh:
    print(fh.read().strip())

class CM:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True
def wcm():
    with CM() as m:
        raise KeyError("k")
    print("after with")
    with CM():
        return "returned"
print(wcm())
a, *b, c = range(6)
print(a, b, c)
(p, q), r = (1, 2), 3
print(p, q, r)
print(*[1, 2], *(3,), sep="-")
def kw(a, /, b, *, c=3, **rest):
    return (a, b, c, rest)
print(kw(1, 2), kw(1, b=2, c=4, z=5), kw(*(1, 2), **{"c": 9}))
s = 0
for i in range(10):
    if i % 2:
        continue
    s += i
print(s)
print((lambda: (yy := 5) + yy)())
