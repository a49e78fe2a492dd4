# RUN: %difftest %s
# Greenlets and the cycle collector, by greenlet's rule: an unstarted or a
# dead greenlet in a cycle is collected; a suspended one is not (what its
# stack holds cannot be told), until it has finished.
import gc

from greenlet import greenlet


class Tasklet(greenlet):
    pass


class Node:
    def __init__(self, name):
        self.name = name

    def work(self, *args):
        print("work of", self.name, args)
        return self.name

    def __del__(self):
        print("del", self.name)


# An unstarted greenlet whose run is a bound method of what holds it.
n = Node("unstarted")
n.g = greenlet(n.work)
del n
print("unstarted collected:", gc.collect() > 0)

# A dead greenlet in a cycle through its __dict__.
n = Node("dead")
n.g = Tasklet(n.work)
print("switch returned", n.g.switch(1))
n.g.owner = n
print("dead?", n.g.dead)
del n
print("dead collected:", gc.collect() > 0)


# A suspended greenlet in a cycle is not collected (its stack may hold
# anything): nothing is printed until it is resumed and finishes.
def body(node):
    try:
        greenlet.getcurrent().parent.switch("suspended " + node.name)
        print("resumed", node.name)
    finally:
        print("body of", node.name, "ends")


n = Node("suspended")
g = Tasklet(body)
print(g.switch(n))
n.g = g
g.node = n
keep = g
del n, g
print("suspended collected:", gc.collect())
keep.switch()
print("dead now?", keep.dead)
del keep
print("then collected:", gc.collect() > 0)


print("end")
