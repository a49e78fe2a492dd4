# RUN: %difftest %s
# REQUIRES: gevent
# A greenlet in gevent.sleep(0) woken before its own wake-up comes round
# (a loop callback queued ahead of it throws into it, or switches to it):
# the wake-up left queued behind is spent on nothing, and does not cut the
# greenlet's next wait short.
import gevent

hub = gevent.get_hub()


def sleeper(name):
    try:
        result = gevent.sleep(0)
        print(name, "woke from sleep(0) with", repr(result))
    except ValueError as e:
        print(name, "got", repr(e), "in sleep(0)")
    gevent.sleep(0.05)
    print(name, "slept its 0.05 s")
    gevent.sleep(0)
    print(name, "one more pass")
    return name + " done"


thrown = gevent.spawn(sleeper, "thrown")
hub.loop.run_callback(thrown.throw, ValueError("early"))
switched = gevent.spawn(sleeper, "switched")
hub.loop.run_callback(switched.switch, "early value")
plain = gevent.spawn(sleeper, "plain")
gevent.joinall([thrown, switched, plain])
print([g.value for g in (thrown, switched, plain)])
