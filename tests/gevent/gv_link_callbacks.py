# RUN: %difftest %s
# REQUIRES: gevent
# link/link_value/link_exception/rawlink callbacks get the finished
# greenlet, in registration order, before join() returns (link_value only
# on success, link_exception only on failure); a link added after the end
# runs at the next loop iteration; unlink removes one.
import gevent


def ok():
    gevent.sleep(0.01)
    return "ok value"


def bad():
    gevent.sleep(0.01)
    raise ValueError("bad value")


def cb(tag):
    def callback(g):
        outcome = g.value if g.successful() else repr(g.exception)
        print(f"  {tag} called with {outcome}")
    return callback


for fn in (ok, bad):
    print("spawn", fn.__name__)
    g = gevent.spawn(fn)
    g.link(cb("link#1"))
    g.link_value(cb("link_value"))
    g.link_exception(cb("link_exception"))
    g.rawlink(cb("rawlink"))
    g.link(cb("link#2"))
    g.join()
    print("join returned for", fn.__name__)

g = gevent.spawn(ok)
removed = cb("removed link")
g.link(removed)
g.link(cb("kept link"))
g.unlink(removed)
g.join()
print("join returned")
g.link(cb("late link"))
print("late link registered")
gevent.sleep(0)
print("after sleep(0)")
