# RUN: %difftest %s
# REQUIRES: gevent
# gevent.local used by 8 greenlets for 5 rounds: each greenlet sees its own
# value and main keeps its own. (Each greenlet adds and removes an entry of
# the local's table: this once made a dict probe loop forever.)
import gevent
from gevent.local import local
data = local()
data.x = 'main'
def w(i):
    data.x = i
    gevent.sleep(0)
    return data.x
for r in range(5):
    gs = [gevent.spawn(w, i) for i in range(8)]
    gevent.joinall(gs)
    print(r, [g.value for g in gs], data.x)
