# RUN: %difftest %s
# REQUIRES: gevent
# A greenlet in gevent.sleep(0) woken before its own wake-up comes round
# (a loop callback queued ahead of it throws into it, or switches to it):
# the wake-up left queued behind is spent on nothing, and does not cut the
# greenlet's next wait short. (The three 0.05 s waits start at different
# moments, so the order in which they end depends on how late the loop
# runs, in gevent too: each greenlet's measured wait is printed after the
# join, in a fixed order.)
import time

import gevent

hub = gevent.get_hub()


def sleeper(name):
    try:
        result = gevent.sleep(0)
        print(name, "woke from sleep(0) with", repr(result))
    except ValueError as e:
        print(name, "got", repr(e), "in sleep(0)")
    start = time.monotonic()
    gevent.sleep(0.05)
    waited[name] = time.monotonic() - start
    gevent.sleep(0)
    return name + " done"


waited = {}
thrown = gevent.spawn(sleeper, "thrown")
hub.loop.run_callback(thrown.throw, ValueError("early"))
switched = gevent.spawn(sleeper, "switched")
hub.loop.run_callback(switched.switch, "early value")
plain = gevent.spawn(sleeper, "plain")
gevent.joinall([thrown, switched, plain])
print([g.value for g in (thrown, switched, plain)])
# A wake-up left over from sleep(0) would end the next wait at once.
for name in ("thrown", "switched", "plain"):
    print(name, "waited at least 0.045 s:", waited[name] >= 0.045)
