# RUN: %difftest %s
# REQUIRES: gevent
# g.throw(instance): that very object is raised inside g (identity kept,
# args kept); a custom exception class works too. A greenlet that catches,
# then switches back, stays alive and can be resumed normally.
from greenlet import greenlet, getcurrent

main = getcurrent()


class Custom(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


seen = []


def worker():
    for i in range(3):
        try:
            v = main.switch(f"waiting {i}")
            print("worker got value", repr(v))
        except Exception as e:
            seen.append(e)
            print("worker caught", type(e).__name__, e)
    return "worker done"


g = greenlet(worker)
print(g.switch())
err = ValueError("an instance", 2)
print(g.throw(err))
print("same object:", seen[0] is err, seen[0].args)
c = Custom(7)
print(g.throw(c))
print("custom code:", seen[1].code, seen[1] is c)
print(g.switch("plain value"))
print("dead:", g.dead)
