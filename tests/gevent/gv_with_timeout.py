# RUN: %difftest %s
# REQUIRES: gevent
# gevent.with_timeout(seconds, fn, *args, timeout_value=...): returns fn's
# result if it finishes in time; otherwise raises gevent.Timeout, or
# returns timeout_value when that keyword is given (fn is interrupted, its
# finally runs). Keyword arguments other than timeout_value go to fn.
import gevent
from gevent import Timeout


def task(delay, label="task"):
    try:
        gevent.sleep(delay)
        return f"{label} finished"
    finally:
        print(f"  {label} finally (delay {delay})")


print(gevent.with_timeout(0.1, task, 0.01))
try:
    gevent.with_timeout(0.02, task, 0.2, label="slow")
except Timeout as e:
    print("raised Timeout:", str(e))
print(gevent.with_timeout(0.02, task, 0.2, label="slow2", timeout_value="fallback"))
print(gevent.with_timeout(0.02, task, 0.2, timeout_value=None))
