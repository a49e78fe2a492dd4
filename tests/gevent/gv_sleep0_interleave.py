# RUN: %difftest %s
# REQUIRES: gevent
# gevent.sleep(0) yields to every other ready greenlet exactly once: 10
# greenlets doing 3 rounds each interleave round by round (0..9 for round
# 0, then 0..9 for round 1, ...), in spawn order within each round.
import gevent

trace = []


def worker(i):
    for r in range(3):
        trace.append((r, i))
        gevent.sleep(0)


gevent.joinall([gevent.spawn(worker, i) for i in range(10)])
for r in range(3):
    print(f"round {r}:", [i for (rr, i) in trace if rr == r])
print("strictly by rounds:", trace == sorted(trace))
print("total steps:", len(trace))
