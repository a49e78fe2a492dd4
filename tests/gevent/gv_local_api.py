# RUN: %difftest %s
# REQUIRES: gevent
# gevent.local.local: class attributes, per-greenlet instance attributes,
# a subclass's __init__ run once per greenlet, deletion, and what one
# greenlet sets staying invisible in another.
import gevent
from gevent.local import local

class L(local):
    x = 'classattr'
    def __init__(self, a, b=2):
        print("init", a, b, gevent.getcurrent() is gevent.get_hub().parent and 'main' or 'greenlet')
        self.a = a
        self._p = 0
    @property
    def p(self):
        return self._p * 10
    @p.setter
    def p(self, v):
        self._p = v
    def meth(self):
        return 'meth', self.a

l = L(1, b=3)
print(l.x, l.a, l.p, l.meth())
l.p = 4
print(l.p, l._p, sorted(l.__dict__.items()))
l.x = 'inst'
print(l.x, L.x)
del l.x
print(l.x)
try:
    del l.nope
except AttributeError as e:
    print("AE del", repr(e))
try:
    l.nope
except AttributeError as e:
    print("AE get", e)
try:
    local(1)
except TypeError as e:
    print("TE", e)
try:
    l.__dict__ = {}
except AttributeError as e:
    print("AE dict", e)

def g(n):
    print(n, getattr(l, 'x'), l.a, l.p)
    l.a = n
    l.p = n
    gevent.sleep(0)
    print(n, l.a, l.p, sorted(l.__dict__))
    del l.a
    print(n, hasattr(l, 'a'))
gevent.joinall([gevent.spawn(g, 'g1'), gevent.spawn(g, 'g2')])
print(l.a, l.p)

def g2():
    l.q = 5
    c = l.__copy__()
    print(type(c).__name__, c.q, c.a)
gevent.spawn(g2).join()
m = local()
m.v = 1
def g3():
    print(hasattr(m, 'v'))
    m.v = 2
    print(m.v)
gevent.spawn(g3).join()
print(m.v, m.__dict__)
