# RUN: %difftest %s
# REQUIRES: gevent
# AsyncResult: get() blocks until set(value); set_exception(e) makes get()
# raise e; ready/successful/value/exception follow; get(block=False) and
# get(timeout=...) raise gevent.Timeout while unset; wait() never raises.
# Passed to link(), it receives a greenlet's value or exception.
import gevent
from gevent.event import AsyncResult

ar = AsyncResult()
print("unset: ready", ar.ready(), "successful", ar.successful(),
      "value", ar.value, "exception", ar.exception)
try:
    ar.get(block=False)
except gevent.Timeout as e:
    print("get(block=False): Timeout", repr(str(e)))
try:
    ar.get(timeout=0.01)
except gevent.Timeout as e:
    print("get(timeout=0.01): Timeout", repr(str(e)))
print("wait(0.01):", ar.wait(0.01))


def producer(result, delay, value):
    gevent.sleep(delay)
    print("producer sets", value)
    result.set(value)


def consumer(name, result):
    print(name, "waits")
    v = result.get()
    print(name, "got", v)
    return v


ar = AsyncResult()
cs = [gevent.spawn(consumer, "c1", ar), gevent.spawn(consumer, "c2", ar)]
gevent.spawn(producer, ar, 0.02, "the answer")
gevent.joinall(cs)
print("set: ready", ar.ready(), "successful", ar.successful(), "value", ar.value)
print("get() again:", ar.get(), "| wait():", ar.wait())

bad = AsyncResult()
bad.set_exception(KeyError("missing"))
print("exception set: ready", bad.ready(), "successful", bad.successful(),
      "exception", repr(bad.exception), "value", bad.value)
try:
    bad.get()
except KeyError as e:
    print("get() raised", repr(e))
print("wait() does not raise:", bad.wait())

linked = AsyncResult()
gevent.spawn(lambda: "greenlet value").link(linked)
print("through link:", linked.get())
linked = AsyncResult()
gevent.spawn(lambda: 1 // 0).link(linked)
try:
    linked.get()
except ZeroDivisionError as e:
    print("through link raised:", type(e).__name__)
