# RUN: %difftest %s
# Truth values, boolean operators returning operands, identity and equality, None.
values = [0, 1, -1, 0.0, 0.1, "", " ", [], [0], (), {}, {"": 0}, None, True, False]
for v in values:
    print(repr(v), bool(v), not v)
print(1 and "yes", 0 and "yes", None or 0, "" or "default", [] or [1], 3 or 4)
print(True + True, True * 3, False * 5, sum([True, True, False]), True == 1, False == 0, True is not False)
print(None is None, None == None, None is not None, type(None).__name__, repr(None), str(None))
x = None
print("x is None" if x is None else "x is something", x == 0, x == "", x == False)
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a != b, c is not b)
print(1 == 1.0, 0 == False, "1" == 1, [] == (), {} == {}, (1,) == (1,))
def returns_nothing():
    pass
def returns_bare():
    return
print(returns_nothing(), returns_bare(), returns_nothing() is None)
def check(flag):
    print("checking", flag)
    return flag
print(check(False) and check(True))
print(check(True) or check(False))
print(check(0) or check("") or check("found"))
print(not 0, not "a", not not [], not None, (not 1) == False)
flags = [True, False, True]
print(all(flags), any(flags), flags.count(True), sorted(flags), max(flags), min(flags))
print(int(True), float(False), str(True), bool("False"), bool(0.0), bool(-0.0), bool(1e-300))
print(True & False, True | False, True ^ True, ~True, -True, True << 3)
print(isinstance(None, object), None.__class__.__name__, [None] * 3, {None: "none key"}[None])
