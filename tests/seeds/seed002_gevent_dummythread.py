# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# REQUIRES: gevent
# Seed 002_75752d8b71f48ace.txt, code block 13 (lines 460-478),
# under "### 3.DummyThread（单线程的并发：spawn，实现的是假线程）".
# Changed: time.sleep(3) and time.sleep(5) became 0.3 and 0.5 (kept as
# they were, the reference run took about 5.5 s; now about 1 s).
# main prints MainThread before joinall lets the greenlets run; in them
# current_thread() is a DummyThread: Dummy-1 (eat), Dummy-2 (play).
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeping
# takes no time); CPython sleeps for real.
from gevent import monkey;monkey.patch_all()
from threading import current_thread
import gevent
import time

def eat():
    print('%s eat 1' %current_thread().name)
    time.sleep(0.3)
    print('%s eat 2' %current_thread().name)

def play():
    print('%s play 1' %current_thread().name)
    time.sleep(0.5)
    print('%s play 2' % current_thread().name)

g1 = gevent.spawn(eat)
g2 = gevent.spawn(play)
print(current_thread().name)
gevent.joinall([g1,g2])
