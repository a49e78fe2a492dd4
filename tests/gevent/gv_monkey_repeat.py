# RUN: %difftest %s
# REQUIRES: gevent
# monkey.patch_all() twice (first with thread=False), is_module_patched /
# is_object_patched / get_original, names bound before the patch keeping
# the originals, and current_thread() in main and spawned greenlets.
from threading import current_thread
from time import sleep as early_sleep
import time
import gevent
from gevent import monkey
print(monkey.is_anything_patched(), monkey.is_module_patched('time'))
r = monkey.patch_all(thread=False)
print("patched", r, time.sleep is gevent.sleep, early_sleep is gevent.sleep, monkey.is_module_patched('threading'))
print(gevent.spawn(lambda: current_thread().name).get())
r = monkey.patch_all()
print("again", r, monkey.is_module_patched('threading'), monkey.is_module_patched('socket'), monkey.is_module_patched('sys'))
names = [gevent.spawn(lambda: current_thread().name) for i in range(3)]
gevent.joinall(names)
print([g.value for g in names], current_thread().name)
def nested():
    a = current_thread()
    gevent.sleep(0)
    return a is current_thread(), a.name
print(gevent.spawn(nested).get())
print(monkey.patch_all(), monkey.patch_all(sys=True), monkey.is_module_patched('sys'))
print(monkey.is_object_patched('time', 'sleep'), monkey.is_object_patched('time', 'time'))
print(monkey.get_original('time', 'sleep') is early_sleep)
t = current_thread()
print(t.name, t.daemon, t.is_alive())
g = gevent.spawn(lambda: current_thread())
d = g.get()
print(d.name, d.daemon, d.is_alive(), type(d).__name__.lstrip('_'))
