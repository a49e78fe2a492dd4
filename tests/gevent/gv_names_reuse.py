# RUN: %difftest %s
# REQUIRES: gevent
# The number in a default name 'Greenlet-N' is given back when its greenlet
# is garbage collected (here: the last reference is deleted after it
# finished), and the next greenlet asking for a name gets the lowest free
# number. Greenlets still referenced keep theirs.
import gevent


def job():
    return None


gs = [gevent.spawn(job) for _ in range(4)]
print([g.name for g in gs])
gevent.joinall(gs)
first, second, third, fourth = gs
del gs
del second
print("after dropping Greenlet-1")
new1 = gevent.spawn(job)
print("new greenlet:", new1.name)
del first, third
new2 = gevent.spawn(job)
new3 = gevent.spawn(job)
new4 = gevent.spawn(job)
print("next three:", new3.name, new2.name, new4.name)
print("fourth still:", fourth.name)
gevent.joinall([new1, new2, new3, new4])
