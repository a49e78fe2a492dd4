# RUN: %difftest %s
# REQUIRES: gevent
# gevent.pool.Group: an unbounded set of greenlets; spawn adds, add() takes
# an existing greenlet, discard() removes without killing, finished
# greenlets leave it; join() waits for the members; `in` and len() work;
# Group.map works like Pool.map.
import gevent
from gevent.pool import Group


def job(name, delay):
    gevent.sleep(delay)
    print(name, "done")
    return name


group = Group()
a = group.spawn(job, "a", 0.02)
b = group.spawn(job, "b", 0.05)
outsider = gevent.spawn(job, "outsider", 0.3)
group.add(outsider)
print("len", len(group), "| a in group:", a in group, "| outsider in group:", outsider in group)
group.discard(outsider)
print("after discard: len", len(group), "| outsider dead:", outsider.dead)
group.join()
print("joined: len", len(group), "| outsider dead:", outsider.dead)
outsider.join()
print("map:", group.map(lambda x: x + 1, [1, 2, 3]))
print("greenlets left:", len(group))
