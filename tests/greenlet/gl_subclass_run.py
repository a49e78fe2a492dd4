# RUN: %difftest %s
# REQUIRES: gevent
# Subclassing greenlet: a run method defined in the class is used as run;
# an __init__ that calls greenlet.__init__ can keep extra state; a run
# passed to the constructor does NOT override the class's method (greenlet
# 2.0 looks run up on the type first). getcurrent() is the subclass object.
from greenlet import greenlet, getcurrent


class Worker(greenlet):
    def __init__(self, name, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.name = name
        self.log = []

    def run(self, *args):
        me = getcurrent()
        self.log.append(("run", args))
        print(self.name, "running; current is self:", me is self,
              "isinstance:", isinstance(me, Worker))
        more = self.parent.switch(f"{self.name} paused")
        self.log.append(("resumed", more))
        return f"{self.name} done"


w = Worker("w1")
print(w.switch(1, 2))
print(w.switch("more"))
print(w.log)
print("isinstance greenlet:", isinstance(w, greenlet), "dead:", w.dead)

o = Worker("w2", run=lambda x: f"override got {x}")
print(o.switch(9))
print(o.log)


class Loud(greenlet):
    def run(self):
        return type(self).__name__ + " ran"


print(Loud().switch())
