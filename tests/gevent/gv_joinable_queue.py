# RUN: %difftest %s
# REQUIRES: gevent
# JoinableQueue: join() blocks until every item put has been marked with
# task_done(); unfinished_tasks counts them; two workers share the items
# (FIFO hand-out, each worker takes the next item when it is free); calling
# task_done() too often raises ValueError.
import gevent
from gevent.queue import JoinableQueue

q = JoinableQueue()
for job in range(6):
    q.put(job)
print("unfinished:", q.unfinished_tasks)


def worker(name):
    while True:
        job = q.get()
        # w1 needs one loop round per job, w2 three: no timers involved
        for _ in range(1 if name == "w1" else 3):
            gevent.sleep(0)
        print(name, "finished job", job)
        q.task_done()


ws = [gevent.spawn(worker, "w1"), gevent.spawn(worker, "w2")]
q.join()
print("join returned; unfinished:", q.unfinished_tasks)
gevent.killall(ws)
try:
    q.task_done()
except ValueError as e:
    print("ValueError:", e)
