# RUN: %difftest %s
# REQUIRES: gevent
# with Timeout(t): if the block blocks longer, the Timeout itself is raised
# in it (str '0.02 seconds'); Timeout(t, False) ends the block silently; a
# block that finishes in time is unaffected. Timeout is a BaseException:
# `except Exception` in the block does not catch it.
import gevent
from gevent import Timeout

try:
    with Timeout(0.02) as t:
        print("block starts")
        gevent.sleep(0.2)
        print("never")
except Timeout as e:
    print("caught the same Timeout:", e is t, "| str:", str(e))

with Timeout(0.02, False):
    gevent.sleep(0.2)
    print("never")
print("silent Timeout: the block just ended")

with Timeout(0.2) as t:
    gevent.sleep(0.01)
print("finished in time; pending after the block:", t.pending)

print("BaseException:", issubclass(Timeout, BaseException),
      "Exception:", issubclass(Timeout, Exception))
try:
    with Timeout(0.02):
        try:
            gevent.sleep(0.2)
        except Exception:
            print("never: except Exception does not match")
except Timeout:
    print("Timeout went through `except Exception`")

print("str forms:", str(Timeout(1)), "|", str(Timeout(1.5)), "|",
      str(Timeout(2, False)), "|", repr(str(Timeout(None))))
