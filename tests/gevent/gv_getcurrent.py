# RUN: %difftest %s
# REQUIRES: gevent
# gevent.getcurrent() is greenlet.getcurrent(): in main it is the main
# greenlet (not a gevent.Greenlet), inside a spawned greenlet it is that
# Greenlet object; the hub is the parent of spawned greenlets, and
# gevent.get_hub() returns that same hub each time.
import gevent
import greenlet
from gevent import Greenlet

main = gevent.getcurrent()
print("main is greenlet.getcurrent():", main is greenlet.getcurrent())
print("main is a gevent Greenlet:", isinstance(main, Greenlet))
print("main is a greenlet:", isinstance(main, greenlet.greenlet))


def job(tag):
    me = gevent.getcurrent()
    print(tag, "current is its Greenlet:", me is holder[tag])
    print(tag, "parent is the hub:", me.parent is gevent.get_hub())
    gevent.sleep(0)
    print(tag, "still itself after a switch:", gevent.getcurrent() is me)
    return me


holder = {}
for tag in ("g1", "g2"):
    holder[tag] = gevent.spawn(job, tag)
gevent.joinall(list(holder.values()))
print("values are the greenlets:", all(g.value is g for g in holder.values()))
print("hub is the same object:", gevent.get_hub() is gevent.get_hub())
print("back in main:", gevent.getcurrent() is main)
