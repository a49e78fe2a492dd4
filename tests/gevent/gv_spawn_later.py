# RUN: %difftest %s
# REQUIRES: gevent
# gevent.spawn_later(seconds, fn, *args): the greenlet starts only after the
# delay; plain spawns run first. Delays are 0.02 s apart, so the start
# order is fixed. started/dead flags are printed before and after.
import gevent

log = []


def job(name):
    log.append(f"{name} runs")
    return name.upper()


late = gevent.spawn_later(0.06, job, "late")
early = gevent.spawn_later(0.02, job, "early")
now = gevent.spawn(job, "now")
middle = gevent.spawn_later(0.04, job, "middle")
print("before joinall:", log, "| late started:", bool(late), "dead:", late.dead)
gevent.joinall([late, early, now, middle])
print(log)
print([g.value for g in (late, early, now, middle)])
print("late dead:", late.dead, "ready:", late.ready())
