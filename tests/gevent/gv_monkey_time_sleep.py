# RUN: %difftest %s
# REQUIRES: gevent
# After monkey.patch_all(), time.sleep is gevent's sleep: greenlets that
# call time.sleep run concurrently (the seed's eat/play pattern, with
# 0.03 s and 0.15 s), so 'eat 2' comes before 'play 2', and sleeping in
# main lets the greenlets run.
from gevent import monkey
monkey.patch_all()
import gevent
import time


def eat(name):
    print(f"{name} eat 1")
    time.sleep(0.03)
    print(f"{name} eat 2")


def play(name):
    print(f"{name} play 1")
    time.sleep(0.15)
    print(f"{name} play 2")


print("time.sleep is gevent.sleep:", time.sleep is gevent.sleep)
print("patched:", monkey.is_module_patched("time"))
g1 = gevent.spawn(eat, "egon")
g2 = gevent.spawn(play, "alex")
g1.join()
print("egon done while alex still sleeps:", g1.dead, not g2.dead)
g2.join()

g3 = gevent.spawn(eat, "third")
gevent.sleep(0)  # third starts its 0.03 s sleep first
print("main sleeps with time.sleep")
time.sleep(0.1)
print("third finished meanwhile:", g3.dead)
