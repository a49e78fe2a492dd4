# RUN: %difftest %s
# Classes deriving from list: instances are lists (every list operation and
# method applies), with an instance dict; overridden dunders are honoured by
# the operators and builtins; results of list's own methods are plain lists.

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class MyList(list):
    pass


a = MyList([1, 2, 3])
print(a, repr(a), str(a), len(a), type(a).__name__, type(a) is MyList)
print(isinstance(a, list), isinstance(a, MyList), issubclass(MyList, list), isinstance([], MyList))
print(MyList.__name__, MyList.__bases__, MyList.__mro__, type(a).__mro__)
print(a[0], a[-1], a[1:], type(a[1:]).__name__, a[::-1], type(a[::-1]).__name__)
show("add", lambda: a + [4])
show("radd", lambda: [0] + a)
show("mul", lambda: a * 2)
show("rmul", lambda: 2 * a)
show("add_int", lambda: a + 1)
show("mul_str", lambda: a * "x")
print(2 in a, 5 in a, list(a), sorted(a, reverse=True), sum(a), min(a), max(a))
print([x * 10 for x in a], tuple(a), set(a), dict.fromkeys(a))
print(a == [1, 2, 3], [1, 2, 3] == a, a != [1], a < [1, 2, 4], a > [1], a == MyList([1, 2, 3]))
print(bool(MyList()), bool(a), not MyList())
b = MyList()
b.append(1)
b.extend([2, 3])
b.insert(0, 0)
b += [4]
print(b, type(b).__name__)
b *= 2
print(b, type(b).__name__, b.pop(), b.index(2), b.count(1))
b.remove(0)
b.sort(reverse=True)
b.reverse()
print(b, type(b).__name__)
b[0] = 100
del b[1]
b[1:3] = ["x", "y", "z"]
print(b, len(b))
c = b.copy()
print(c, type(c).__name__)
b.clear()
print(b, type(b).__name__)
show("hash", lambda: hash(MyList()))
print(list(reversed(a)), type(list(a)).__name__, list(a) == a)
it = iter(a)
print(next(it), next(it), type(it).__name__)
x, y, z = a
print(x, y, z)
print(*a)
print("%s and %r" % (a, a), f"{a}", "{}".format(a))

# Attributes on instances.
a.label = "numbers"
print(a.label, a.__dict__, vars(a))
a.__dict__["other"] = 5
print(a.other)
show("no attr", lambda: a.missing)


# __init__ override calling super().__init__.
class Pair(list):
    def __init__(self, a, b):
        super().__init__([a, b])
        self.kind = "pair"


p = Pair(1, 2)
print(p, p.kind, type(p).__name__, len(p))
show("pair args", lambda: Pair(1))


# A list subclass with extra methods: the Stack pattern.
class Stack(list):
    def push(self, x):
        self.append(x)

    def peek(self):
        return self[-1]

    def is_empty(self):
        return not self


s = Stack()
for i in range(5):
    s.push(i * i)
print(s, s.peek(), s.pop(), s, s.is_empty(), Stack().is_empty())


# Overridden dunders.
class Loud(list):
    def __getitem__(self, i):
        print("getitem", i)
        return super().__getitem__(i)

    def __setitem__(self, i, v):
        print("setitem", i, v)
        super().__setitem__(i, v * 2)

    def __len__(self):
        return 42

    def __contains__(self, x):
        print("contains", x)
        return True

    def __iter__(self):
        print("iter")
        return iter([7, 8, 9])

    def __repr__(self):
        return "Loud(" + super().__repr__() + ")"

    def __eq__(self, other):
        return "eq called"

    __hash__ = None

    def __add__(self, other):
        return "add " + repr(other)

    def __radd__(self, other):
        return "radd " + repr(other)

    def __bool__(self):
        return False


l = Loud([1, 2, 3])
print(l[1], l[-1])
l[0] = 5
print(list.__repr__(l), len(l), list.__len__(l))
print(99 in l, "q" in l)
print(list(l), [x for x in l], sorted(l))
for v in l:
    print("loop", v)
print(repr(l), str(l), l)
print(l == [1], [1] == l, l != 3)
print(l + [1], [1] + l, 5 + l)
print(bool(l), not l, "yes" if l else "no")
print(l.count(5), l.index(10))


# __iadd__ and friends.
class Acc(list):
    def __iadd__(self, other):
        print("iadd", other)
        self.append(sum(other))
        return self


acc = Acc()
acc += [1, 2]
acc += [3]
print(acc, type(acc).__name__)


# __slots__ = () takes the instance dict away.
class Slim(list):
    __slots__ = ()


sl = Slim([1])
show("slots set", lambda: setattr(sl, "x", 1))
show("slots dict", lambda: sl.__dict__)
print(sl, type(sl).__name__)


# Subclasses of subclasses, a mixin.
class Named:
    def describe(self):
        return f"{type(self).__name__} of {len(self)}"


class NamedList(Named, MyList):
    pass


n = NamedList("abc")
print(n, n.describe(), NamedList.__mro__)
n.extra = 1
print(n.extra, isinstance(n, MyList), isinstance(n, Named))


# super() in methods, list.method(self, ...), explicit unbound calls.
class Tracked(list):
    def append(self, x):
        print("tracked append", x)
        super().append(x)

    def extend(self, xs):
        for x in xs:
            self.append(x)


t = Tracked()
t.append(1)
t.extend([2, 3])
list.append(t, 4)
print(t, list.__getitem__(t, 0), list.__len__(t))
show("unbound on other", lambda: list.append((), 1))


# __new__ override.
class Fixed(list):
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)

    def __init__(self, *args):
        super().__init__(args)


f = Fixed(1, 2, 3)
print(f, type(f).__name__)
show("object new", lambda: object.__new__(MyList))
show("list new", lambda: list.__new__(MyList))
show("list new int", lambda: list.__new__(int))
show("bad init", lambda: MyList(1, 2))
show("kw init", lambda: MyList(x=1))


# Equality and hashing go through list.
print(MyList([1]) == MyList([1]), MyList([1]) is MyList([1]), [MyList([1])] == [[1]])
print({1: MyList([2])}, [MyList()], (MyList([3]),))

# Sorting, copying, converting.
m = MyList([3, 1, 2])
print(sorted(m), type(sorted(m)).__name__, m[:], type(m[:]).__name__, list(m), type(list(m)).__name__)
print(m.copy(), type(m.copy()).__name__, MyList(m), type(MyList(m)).__name__)
m2 = MyList(x for x in range(4))
print(m2, len(m2))


# Cycles through the instance dict are collected.
import gc


class Node(list):
    pass


gc.collect()
for i in range(3):
    n1 = Node([i])
    n1.me = n1
    n1.append(n1)
del n1
print("collected", gc.collect() > 0)
