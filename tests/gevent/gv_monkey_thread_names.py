# RUN: %difftest %s
# REQUIRES: gevent
# After monkey.patch_all(), threading.current_thread() in a spawned
# greenlet is a DummyThread named 'Dummy-N' (N counts up from 1, in the
# order greenlets first ask, and stays the same within a greenlet); in
# main it is still 'MainThread'.
from gevent import monkey
monkey.patch_all()
from threading import current_thread
import gevent
import time


def who(tag, pause):
    first = current_thread().name
    print(tag, "is", first)
    time.sleep(pause)
    print(tag, "after sleeping is still", current_thread().name, first == current_thread().name)
    return first


print("main:", current_thread().name)
g1 = gevent.spawn(who, "g1", 0.02)
g2 = gevent.spawn(who, "g2", 0.05)
print("main again:", current_thread().name)
gevent.joinall([g1, g2])
g3 = gevent.spawn(who, "g3", 0)
g3.join()
print("names:", g1.value, g2.value, g3.value)
print("main at the end:", current_thread().name)
