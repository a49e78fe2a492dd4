# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# REQUIRES: gevent
# Seed 001_ece5b47324e8cb37.txt, code block 2 (lines 84-104),
# under "* ## gevent 实现协程".
# The block is kept exactly as in the seed. The three greenlets start in
# spawn order; sleep(0), sleep(1) and sleep(2) wake in that order, so
# the output does not depend on time. The reference run takes about 2 s.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (sleeping
# takes no time); CPython sleeps for real.
import gevent

def func1():
    print("func1 running")
    gevent.sleep(2)             # 内部函数实现io操作
    print("switch func1")

def func2():
    print("func2 running")
    gevent.sleep(1)
    print("switch func2")

def func3():
    print("func3  running")
    gevent.sleep(0)
    print("func3 done..")

gevent.joinall([gevent.spawn(func1),
                gevent.spawn(func2),
                gevent.spawn(func3),
                ])
