# RUN: %difftest %s
# REQUIRES: gevent
# A tiny cooperative scheduler in plain Python on top of greenlets: tasks
# call yield_() to go back to the scheduler (their parent), which runs them
# round-robin until all are dead. Tasks have different lengths; the order
# is fixed by the queue; a task may spawn another task.
from greenlet import greenlet, getcurrent

ready = []
main = getcurrent()


def yield_():
    getcurrent().parent.switch()


def spawn(fn, *args):
    # parent=main: a task spawned by another task must still go back to
    # the scheduler, not to the task that created it
    ready.append(greenlet(lambda: fn(*args), parent=main))


def run_all():
    results = []
    while ready:
        g = ready.pop(0)
        r = g.switch()
        if g.dead:
            results.append(r)
        else:
            ready.append(g)
    return results


def task(name, steps):
    for i in range(steps):
        print(f"{name} step {i}")
        yield_()
    return f"{name} finished after {steps}"


def spawner():
    print("spawner adds a late task")
    spawn(task, "late", 2)
    yield_()
    return "spawner finished"


spawn(task, "A", 3)
spawn(task, "B", 1)
spawn(spawner)
spawn(task, "C", 2)
for r in run_all():
    print(r)
