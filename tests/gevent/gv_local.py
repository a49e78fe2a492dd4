# RUN: %difftest %s
# REQUIRES: gevent
# gevent.local.local: attributes are per greenlet. Each greenlet sees only
# what it set (others get AttributeError), main's values are separate; a
# subclass's __init__ runs once per greenlet on first use, giving each its
# own defaults.
import gevent
from gevent.local import local

data = local()
data.who = "main"


def worker(name):
    print(name, "sees who:", getattr(data, "who", "<unset>"))
    data.who = name
    gevent.sleep(0)
    print(name, "still sees:", data.who)
    return data.who


gs = [gevent.spawn(worker, n) for n in ("g1", "g2")]
gevent.joinall(gs)
print("main still sees:", data.who, "| values:", [g.value for g in gs])


class Counter(local):
    def __init__(self, start):
        print("  __init__ in", gevent.getcurrent() is main and "main" or "a greenlet")
        self.n = start

    def bump(self):
        self.n += 1
        return self.n


main = gevent.getcurrent()
counter = Counter(100)


def use_counter(name, times):
    for _ in range(times):
        counter.bump()
        gevent.sleep(0)
    print(name, "counter:", counter.n)


gevent.joinall([gevent.spawn(use_counter, "a", 2), gevent.spawn(use_counter, "b", 3)])
print("main counter:", counter.n, counter.bump())
