# RUN: %difftest %s
# Classes deriving from collections.deque: the layout is deque's (every deque
# operation applies), overrides are seen where CPython's C deque routes
# through them (repr, len(), iter(), bool(), ==, copy() calling the class),
# and not where it does not (extend does not call an overridden append).
from collections import deque


class D(deque):
    pass


d = D([1, 2, 3])
print(type(d).__name__, d, len(d), list(d), isinstance(d, deque))
print(repr(D()), repr(D("ab", 2)), D([1, 2, 3], maxlen=2))
d.append(4)
d.appendleft(0)
print(d, d.pop(), d.popleft(), d[0], d[-1], 2 in d, 9 in d)
d.extend([7, 8])
d.rotate(1)
print(d, d.count(7), d.index(7), d.maxlen)
d[0] = 100
del d[1]
print(d, bool(d), bool(D()))
d.x = "attr"
print(d.x, d.__dict__)


# an overridden append is not called by extend (C deque), but by the class's own code
class Logged(deque):
    def append(self, x):
        print("append", x)
        super().append(x)

    def appendleft(self, x):
        print("appendleft", x)
        super().appendleft(x)


q = Logged()
q.append(1)
q.extend([2, 3])
q.extendleft([0])
q += [4]
print(q)


# __len__, __iter__, __repr__, __contains__, __getitem__ overridden
class Weird(deque):
    def __len__(self):
        return 42

    def __iter__(self):
        return iter(["x", "y"])

    def __contains__(self, item):
        return item == "magic"

    def __getitem__(self, i):
        return ("item", i)


w = Weird([1, 2, 3])
print(len(w), list(w), "magic" in w, 1 in w, w[5], bool(w))
print(repr(w))  # deque's repr lists what __iter__ gives
print(w.count(1), w.index(2))  # C methods use the items


class Named(deque):
    def __repr__(self):
        return "Named<" + ",".join(map(str, deque.__iter__(self))) + ">"


n = Named([1, 2])
print(n, str(n), [n], f"{n}")


# copy() and __copy__ keep the class and maxlen; + and * too (via the class)
class Bounded(deque):
    pass


b = Bounded([1, 2, 3], 5)
c = b.copy()
print(type(c).__name__, c, c.maxlen, c is b, c == b)
c2 = b.__copy__()
print(type(c2).__name__, c2)
s = b + deque([9])
print(type(s).__name__, s)
m = b * 2
print(type(m).__name__, m)
m2 = 2 * Bounded([1])
print(type(m2).__name__, m2)
b2 = b
b2 *= 2
print(b2 is b, b)
print(type(D([1]) + D([2])).__name__)


# __init__ with extra arguments; copy() calls the class with (self, maxlen)
class Tagged(deque):
    def __init__(self, tag, *args, **kw):
        self.tag = tag
        super().__init__(*args, **kw)


t = Tagged("T", [1, 2], maxlen=3)
print(t, t.tag, t.maxlen)
try:
    t.copy()
except TypeError as e:
    print("TypeError", e)


class Copyable(deque):
    def __init__(self, iterable=(), maxlen=None):
        print("init", list(iterable), maxlen)
        super().__init__(iterable, maxlen)


cp = Copyable([1, 2], 4)
cc = cp.copy()
print(type(cc).__name__, cc)
cu = Copyable([1])
cu2 = cu.copy()
print(type(cu2).__name__, cu2)


# __init__ again clears and refills
r = D([1, 2, 3])
r.__init__([9], 1)
print(r, r.maxlen)
try:
    D([1], -1)
except ValueError as e:
    print("ValueError", e)
try:
    D([1], 2, 3)
except TypeError as e:
    print("TypeError", e)


# comparisons, equality with deque, hashing
print(D([1, 2]) == deque([1, 2]), D([1]) < D([2]), D([1]) != D([1]))
try:
    hash(D())
except TypeError as e:
    print("TypeError", e)


# __slots__, class attributes, super() in methods, isinstance/MRO
class Slotted(deque):
    __slots__ = ("a",)


sl = Slotted([1])
sl.a = 5
print(sl, sl.a, hasattr(sl, "__dict__"))
print([k.__name__ for k in D.__mro__])


class Stack(deque):
    def push(self, x):
        self.append(x)
        return self

    def peek(self):
        return self[-1]


st = Stack()
st.push(1).push(2)
print(st.peek(), st.pop(), st, len(st))


# __eq__ overridden
class AlwaysEq(deque):
    def __eq__(self, other):
        return True


print(AlwaysEq([1]) == deque([2]), AlwaysEq([1]) != deque([2]))
print(deque([2]) == AlwaysEq([1]))
# iterating while mutating still raises
dd = D([1, 2])
try:
    for x in dd:
        dd.append(3)
except RuntimeError as e:
    print("RuntimeError", e)
print(list(reversed(D([1, 2, 3]))), D([1, 2, 3])[1], sorted(D([3, 1, 2])))
print(D.__name__, D.__qualname__, D.__module__, D.__bases__[0] is deque)


# subscripting the class (annotations, a generic base)
class Ints(deque[int]):
    pass


print(Ints([1]), Ints.__mro__[1] is deque, D[int] is not None)
