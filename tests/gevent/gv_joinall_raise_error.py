# RUN: %difftest %s
# REQUIRES: gevent
# joinall(raise_error=True) raises the first failure as soon as it happens,
# leaving slower greenlets running; without it, joinall waits for all and
# failures are only visible in .exception. Failure reports go to stderr
# (not compared).
import gevent


def ok(name, delay):
    gevent.sleep(delay)
    print(name, "done")
    return name


def fail(delay):
    gevent.sleep(delay)
    print("fail raises")
    raise KeyError("broken")


gs = [gevent.spawn(ok, "quick", 0.02), gevent.spawn(fail, 0.04),
      gevent.spawn(ok, "slow", 0.3)]
try:
    gevent.joinall(gs, raise_error=True)
    print("no exception?")
except KeyError as e:
    print("joinall raised", repr(e), "| dead:", [g.dead for g in gs])
gs[2].join()

gs = [gevent.spawn(fail, 0.02), gevent.spawn(ok, "later", 0.04)]
done = gevent.joinall(gs)
print("without raise_error:", len(done), "done;",
      [type(g.exception).__name__ if g.exception else g.value for g in gs])
