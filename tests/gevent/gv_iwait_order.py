# RUN: %difftest %s
# REQUIRES: gevent
# gevent.iwait yields objects in completion order (not list order), an
# already finished one first; a timeout stops it early, count=n after n.
# (At most one object is already done at each iwait: among several joined
# ones gevent's order is not defined.)
import gevent


def sleeper(name, delay):
    gevent.sleep(delay)
    return name


done_already = gevent.spawn(sleeper, "done already", 0)
gevent.sleep(0.01)  # it finishes meanwhile (never joined)
print("finished before iwait:", done_already.dead)
gs = [gevent.spawn(sleeper, "third", 0.12),
      gevent.spawn(sleeper, "first", 0.02),
      done_already,
      gevent.spawn(sleeper, "second", 0.05)]
for g in gevent.iwait(gs):
    print("ready:", g.value)

gs = [gevent.spawn(sleeper, "x", 0.02), gevent.spawn(sleeper, "y", 0.5)]
gevent.sleep(0)  # both start sleeping before the iwait timeout starts
print("with timeout:", [g.value for g in gevent.iwait(gs, timeout=0.25)])
print("with count=1:", [g.value for g in gevent.iwait(gs, count=1)])
gevent.joinall(gs)
print("y finished:", gs[1].value)
