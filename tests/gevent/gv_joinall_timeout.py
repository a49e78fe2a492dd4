# RUN: %difftest %s
# REQUIRES: gevent
# joinall(timeout=t) returns only the greenlets finished by then, in
# finishing order; the others keep running. main yields once first, so the
# greenlets start their sleeps (0, 0.02, 0.5 s) before the 0.25 s timeout
# starts: the outcome does not depend on machine load.
import gevent


def sleeper(name, delay):
    gevent.sleep(delay)
    print(name, "finished")
    return name


gs = [gevent.spawn(sleeper, "long", 0.5),
      gevent.spawn(sleeper, "short", 0.02),
      gevent.spawn(sleeper, "instant", 0)]
gevent.sleep(0)
done = gevent.joinall(gs, timeout=0.25)
print("finished within the timeout:", [g.value for g in done])
print("still running:", [not g.dead for g in gs])
print("joinall with timeout=0 on the rest:", len(gevent.joinall([gs[0]], timeout=0)))
gevent.joinall(gs)
print("after a full joinall:", [g.value for g in gs])
