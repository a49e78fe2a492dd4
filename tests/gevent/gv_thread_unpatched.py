# RUN: %difftest %s
# REQUIRES: gevent
# threading without the monkey patch, beside gevent: the main thread's
# attributes and deprecated aliases, the current thread inside a greenlet
# (still MainThread), Thread objects that are not started (names, daemon,
# join() before start() is a RuntimeError, run() runs in the caller).
import threading
import gevent
t = threading.current_thread()
print(t.name, t is threading.main_thread(), t.daemon, t.is_alive(), type(t.ident).__name__)
print(threading.currentThread() is t, threading.get_ident() == t.ident, threading.active_count(), len(threading.enumerate()))
def w():
    c = threading.current_thread()
    return c.name, c is t, threading.get_ident() == t.ident
print(gevent.spawn(w).get())
def f(x):
    print("f", x)
th = threading.Thread(target=f, args=(1,))
print(th.name, th.daemon, th.is_alive(), th.ident, repr(th).split(' ')[0])
th2 = threading.Thread(target=f, name=42)
print(th2.name, threading.Thread().name, threading.Thread(target=print).name)
th.daemon = True
print(th.daemon, th.isDaemon(), th.getName())
th.name = 'renamed'
print(th.name)
try:
    th.join()
except RuntimeError as e:
    print("RE", e)
class T(threading.Thread):
    def run(self):
        print("run", self.name)
T().run()
th3 = threading.Thread(target=f, args=(3,))
th3.run()
loc = threading.local()
loc.a = 1
print(loc.a)
