# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# REQUIRES: gevent
# Seed 002_75752d8b71f48ace.txt, code block 12 (lines 438-454),
# under "### 2.gevent模拟单线程并发(协程)".
# Changed: time.sleep(3) and time.sleep(5) became 0.3 and 0.5 (kept as
# they were, the reference run took about 5.5 s; now about 1 s).
# monkey.patch_all() makes time.sleep cooperative: egon eat 1, alex
# play 1, egon eat 2, alex play 2.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeping
# takes no time); CPython sleeps for real.
from gevent import monkey;monkey.patch_all()
import gevent
import time
def eat(name):
    print('%s eat 1' %name)
    time.sleep(0.3)
    print('%s eat 2' % name)

def play(name):
    print('%s play 1' %name)
    time.sleep(0.5)
    print('%s play 2' % name)

g1 = gevent.spawn(eat,'egon') 
g2 = gevent.spawn(play,'alex')

gevent.joinall([g1,g2])
