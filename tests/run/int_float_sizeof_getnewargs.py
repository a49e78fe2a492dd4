# RUN: %difftest %s
# int.__sizeof__ (a header and 30-bit digits, at least one, whatever the
# subclass), float.__sizeof__ (the type's basic size: a subclass adds its
# slots and its weakref pointer), and __getnewargs__ of both, which give the
# plain number.
print((0).__sizeof__(), (1).__sizeof__(), (2**30).__sizeof__(), (2**100).__sizeof__(), (-5).__sizeof__(), (1.5).__sizeof__(), True.__sizeof__())
print((-(2**30)).__sizeof__(), (2**60).__sizeof__(), (2**90-1).__sizeof__(), (2**63).__sizeof__(), (-(2**63)).__sizeof__())
print((5).__getnewargs__(), (1.5).__getnewargs__(), (2**70).__getnewargs__(), True.__getnewargs__(), int.__getnewargs__(False))
class I(int): pass
class S(int): __slots__ = ()
class F(float): pass
class F0(float): __slots__ = ()
class F2(float): __slots__ = ('a', 'b')
class F3(F): __slots__ = ['a']
class FW(float): __slots__ = ('__weakref__',)
class FD(float): __slots__ = '__dict__'
print(I(7).__getnewargs__(), type(I(7).__getnewargs__()[0]).__name__, F(2.5).__getnewargs__(), type(F(2.5).__getnewargs__()[0]).__name__)
print(I(7).__sizeof__(), S(3).__sizeof__(), I(2**100).__sizeof__())
print(F(1).__sizeof__(), F0(1).__sizeof__(), F2(1).__sizeof__(), F3(1).__sizeof__(), FW(1).__sizeof__(), FD(1).__sizeof__())
print(float.__sizeof__(2.0), int.__sizeof__(2**64))
try:
    (1).__sizeof__(2)
except TypeError as e:
    print(e)
try:
    (1.0).__getnewargs__(1)
except TypeError as e:
    print(e)
