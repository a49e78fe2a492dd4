# RUN: %difftest %s
# Without gevent's monkey patch the program is one thread: the main one,
# named MainThread, is the current thread, and get_ident() is stable.
import threading

t = threading.current_thread()
print(t.name, t is threading.main_thread(), t is threading.current_thread())
print(threading.get_ident() == threading.get_ident())
print(threading.main_thread().name)
