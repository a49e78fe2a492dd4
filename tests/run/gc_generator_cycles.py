# RUN: %difftest %s
# Cycles through suspended generators and coroutines are collected as
# CPython collects them: the generator is closed first (its finally block
# runs, once), a coroutine that never ran is reported as never awaited,
# and what the closing freed is not counted by gc.collect().
import gc


class Owner:
    def __init__(self, name):
        self.name = name
        self.gen = self.run()
        next(self.gen)

    def run(self):
        try:
            while True:
                yield self.name
        finally:
            print("generator of", self.name, "closed")

    def __del__(self):
        print("del", self.name)


o = Owner("a")
del o
print("collect:", gc.collect())
print("again:", gc.collect())


def pinger(box):
    try:
        while True:
            got = yield len(box)
            box.append(got)
    finally:
        print("pinger closed with", len(box), "items")


box = []
p = pinger(box)
next(p)
p.send("x")
box.append(p)  # box -> p -> box
del p, box
print("collect:", gc.collect())


async def coro(box):
    box.append(1)


box = [1, 2]
c = coro(box)
box.append(c)
del c, box
print("collect coroutine:", gc.collect())

# A generator that ignores GeneratorExit is reported, and still collected.
def stubborn(me):
    while True:
        try:
            yield me
        except GeneratorExit:
            print("ignoring GeneratorExit")


holder = []
s = stubborn(holder)
holder.append(s)
next(s)
del s, holder
print("collect:", gc.collect())
print("end")
