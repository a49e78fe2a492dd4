# RUN: %difftest %s
# REQUIRES: gevent
# Greenlets with different sleeps (0.03 s and more apart) wake in order of
# their deadlines, not their spawn order; a greenlet that does not sleep
# finishes during the first round. Each step is logged and printed at the end.
import gevent

log = []


def worker(name, delay):
    log.append(f"{name} sleeps {delay}")
    if delay:
        gevent.sleep(delay)
    log.append(f"{name} woke")
    return name


gs = [gevent.spawn(worker, "slow", 0.15),
      gevent.spawn(worker, "none", 0),
      gevent.spawn(worker, "fast", 0.03),
      gevent.spawn(worker, "mid", 0.08)]
gevent.joinall(gs)
print("\n".join(log))
print([g.value for g in gs])
