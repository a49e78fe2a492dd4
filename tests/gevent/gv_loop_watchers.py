# RUN: %difftest %s
# REQUIRES: gevent
# The hub's loop and Waiter as gevent's API shows them: run_callback's
# callback (pending, truth, stop), timers (active, pending, priority, ref,
# start/again/stop, as a context manager), a Waiter switched or thrown
# into before get(), its str(), and waits on a timer through hub.wait.
import gevent
from gevent.hub import Waiter, get_hub

hub = get_hub()
loop = hub.loop


def show(text):
    # Addresses differ from run to run: each 0x... becomes 0x?.
    out = []
    i = 0
    while i < len(text):
        if text.startswith("0x", i):
            out.append("0x?")
            i += 2
            while i < len(text) and text[i] in "0123456789abcdef":
                i += 1
        else:
            out.append(text[i])
            i += 1
    print("".join(out))


print(type(loop).__name__, type(Waiter()).__name__)
cb = loop.run_callback(print, "callback ran", 1)
print("pending", cb.pending, "bool", bool(cb), "args", cb.args)
show(repr(cb))
stopped = loop.run_callback(print, "never printed")
stopped.stop()
print("stopped: pending", stopped.pending, "bool", bool(stopped))
gevent.sleep(0)
print("after a pass: pending", cb.pending, "bool", bool(cb), "callback", cb.callback, "args", cb.args)

t = loop.timer(0.01, ref=False, priority=2)
print("timer: active", t.active, "pending", t.pending, "priority", t.priority, "ref", t.ref)
show(repr(t))
t.start(print, "timer fired")
print("started: active", t.active, "callback", t.callback, "args", t.args)
show(repr(t))
t.ref = True
gevent.sleep(0.05)
print("after firing: active", t.active, "pending", t.pending, "callback", t.callback)
t.again(print, "again fired")
t.stop()
print("stopped: active", t.active)
with loop.timer(0.01) as t2:
    t2.start(print, "in a with block")
    gevent.sleep(0.02)
print("after with: active", t2.active)

w = Waiter()
show(str(w))
print("ready", w.ready(), "successful", w.successful(), "exc_info", w.exc_info, "value", w.value)
w.switch(42)
show(str(w))
print("ready", w.ready(), "successful", w.successful(), "get", w.get())
w.clear()
print("cleared: ready", w.ready())
w.throw(ValueError, ValueError("thrown early"))
print("thrown: ready", w.ready(), "successful", w.successful())
try:
    w.get()
except ValueError as e:
    print("get raised", repr(e))

w2 = Waiter()
timer = loop.timer(0.01)
timer.start(w2.switch, "from a timer")
print(w2.get())
timer.close()

w3 = Waiter()
loop.run_callback(w3.switch_args, 1, 2)
print("switch_args:", w3.get())


def waiter_user(w):
    print("waiting in", gevent.getcurrent().name)
    try:
        print("got", w.get())
    except KeyError as e:
        print("raised", repr(e))


w4 = Waiter()
g = gevent.spawn(waiter_user, w4)
gevent.sleep(0)
show(str(w4))
loop.run_callback(w4.throw, KeyError, KeyError("k"))
g.join()
w5 = Waiter()
g = gevent.spawn(waiter_user, w5)
gevent.sleep(0)
try:
    w5.switch("outside the hub")
except AssertionError as e:
    print("AssertionError:", e)
loop.run_callback(w5.switch, "inside the hub")
g.join()

w6 = Waiter()
g = gevent.spawn(waiter_user, w6)
gevent.sleep(0)
try:
    w6.get()
except gevent.exceptions.ConcurrentObjectUseError as e:
    show("ConcurrentObjectUseError: " + str(e))
g.kill()

order = []
for priority in (0, -1, 1, 0, 1):
    tt = loop.timer(0.01, priority=priority)
    tt.start(order.append, priority)
gevent.sleep(0.03)
print("due timers ran by priority:", order)

t3 = loop.timer(0.01)
hub_wait = gevent.spawn(hub.wait, t3)
hub_wait.join()
print("hub.wait returned", hub_wait.value, "timer active", t3.active)
