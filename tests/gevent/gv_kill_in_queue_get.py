# RUN: %difftest %s
# REQUIRES: gevent
# kill() of a greenlet blocked in Queue.get(): it stops waiting, takes no
# item; an item put afterwards goes to the next getter. kill with an
# exception instance raises that instead, and the greenlet fails with it.
import gevent
import gevent.queue

q = gevent.queue.Queue()


def getter(name):
    try:
        print(name, "waits for an item")
        item = q.get()
        print(name, "got", item)
        return item
    except gevent.GreenletExit:
        print(name, "killed while waiting")
        raise


g1 = gevent.spawn(getter, "g1")
g2 = gevent.spawn(getter, "g2")
gevent.sleep(0)
g1.kill()
q.put("first item")
g2.join()
print("g1:", type(g1.value).__name__, "| g2:", g2.value, "| queue empty:", q.empty())


class Stop(Exception):
    pass


def catcher():
    try:
        q.get()
    except Stop as e:
        print("catcher got", repr(e))
        return "stopped cleanly"


g3 = gevent.spawn(catcher)
gevent.sleep(0)
g3.kill(Stop("please stop"))
print("g3 value:", g3.value, "successful:", g3.successful())
