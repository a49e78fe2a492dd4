# RUN: %difftest %s
# REQUIRES: gevent
# gevent.spawn(fn, *args, **kwargs) passes both to fn; g.args and
# g.kwargs hold them until it has run (then () and {}); spawn of a bound
# method and of a callable object; the value is fn's return value; a
# greenlet may spawn greenlets too.
import gevent


def describe(a, b=0, *rest, **kw):
    return f"a={a} b={b} rest={rest} kw={sorted(kw.items())}"


g = gevent.spawn(describe, 1, 2, 3, x=4)
print("before it runs: args", g.args, "| kwargs", g.kwargs)
print(g.get())
print("after it ran (gevent drops them): args", g.args, "| kwargs", g.kwargs)
print(gevent.spawn(describe, "only").get())


class Acc:
    def __init__(self):
        self.items = []

    def add(self, x):
        self.items.append(x)
        return len(self.items)

    def __call__(self, x):
        return self.add(x * 10)


acc = Acc()
print(gevent.spawn(acc.add, "m").get(), gevent.spawn(acc, 5).get(), acc.items)


def parent_job():
    kids = [gevent.spawn(describe, i, b=i * i) for i in range(3)]
    gevent.joinall(kids)
    return [k.value for k in kids]


for line in gevent.spawn(parent_job).get():
    print(line)
