# RUN: %difftest %s
# REQUIRES: gevent
# threading after monkey.patch_all(): current_thread() of main and of
# greenlets, patched Thread start/join/is_alive, threading.local being
# gevent.local, get_original, and patch_all() again returning None. The
# sleeps are tens of milliseconds apart so that the order gevent prints does
# not change on a loaded machine.
from gevent import monkey; monkey.patch_all()
import threading
import gevent
import time
def f(n, d=0.05):
    print("in f", n, threading.current_thread().name, threading.current_thread().daemon)
    time.sleep(d)
    print("f done", n)
    return n
t = threading.Thread(target=f, args=(1,))
print(t.name, t.is_alive(), t.daemon, t.ident)
try:
    t.join()
except RuntimeError as e:
    print("RE", e)
t.start()
print("after start", t.is_alive(), t.ident == id(t._greenlet) if hasattr(t, '_greenlet') else 'x')
try:
    t.start()
except RuntimeError as e:
    print("RE", e)
try:
    t.daemon = True
except RuntimeError as e:
    print("RE", e)
t.join(0.001)
print("after short join", t.is_alive())
t.join()
print("joined", t.is_alive(), repr(t).split(',')[0], 'stopped' in repr(t))
def inner():
    me = threading.current_thread()
    print("inner", me.name, me.daemon, me.is_alive())
    x = threading.Thread(target=f, args=(5, 0), kwargs={})
    print("x daemon default", x.daemon, x.name)
    x.start()
    x.join()
    try:
        me.join()
    except RuntimeError as e:
        print("RE", e)
gevent.spawn(inner).join()
class T(threading.Thread):
    def __init__(self, v):
        threading.Thread.__init__(self)
        self.v = v
    def run(self):
        print("T.run", self.name, self.v, threading.current_thread() is self)
        try:
            self.join()
        except RuntimeError as e:
            print("RE", e)
tt = T(7); tt.start(); tt.join()
def boom():
    raise ValueError("boom")
b = threading.Thread(target=boom, name="bomber")
b.start(); b.join(); print("bomb joined", b.is_alive())
def nb():
    print("nb runs to completion")
n = threading.Thread(target=nb); n.start(); print("nb started", n.is_alive()); n.join(); print(n.is_alive())
g = gevent.spawn(f, 9, 0.1)
gevent.sleep(0)
def joiner(th):
    th.join(); print("joiner woke")
th = threading.Thread(target=f, args=(10, 0.05)); th.start()
j = gevent.spawn(joiner, th)
gevent.joinall([g, j])
print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.get_ident() == id(gevent.getcurrent()), monkey.is_object_patched('threading', 'get_ident'))
print(threading.local is gevent.local.local if hasattr(gevent, 'local') else 'nolocal')
from gevent.local import local
print(threading.local is local)
print(monkey.get_original('time', 'sleep') is not time.sleep, monkey.get_original('time', ['sleep'])[0] is not time.sleep)
print(monkey.patch_all(), monkey.patch_all(thread=False), monkey.patch_time(), monkey.patch_thread())
