# RUN: %difftest %s
# Cycles through gevent's native objects: a stopped timer whose callback is a
# method of what holds it is collected; a finished Greenlet whose value holds
# it goes once the hub has let go of it, as in gevent.
import gc

import gevent


class Job:
    def __init__(self, name):
        self.name = name
        self.greenlet = gevent.spawn(self.run)

    def run(self):
        gevent.sleep(0)
        return self

    def __del__(self):
        print("del", self.name)


j = Job("finished")
j.greenlet.join()
print("value is the job:", j.greenlet.value is j)
del j
print("finished greenlet collected:", gc.collect() > 0)


class Ticker:
    def __init__(self):
        self.count = 0
        self.timer = gevent.get_hub().loop.timer(0.001)
        self.timer.start(self.tick)

    def tick(self):
        self.count += 1
        print("tick", self.count)
        self.timer.stop()

    def __del__(self):
        print("del ticker")


t = Ticker()
gevent.sleep(0.01)
del t
print("stopped timer collected:", gc.collect() > 0)
print("end")
