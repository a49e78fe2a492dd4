# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# An uncaught exception leaving a hand-written event loop: the loop resumes
# tasks from a list; one task's await chain fails inside a __await__
# generator of a class; the traceback goes through the loop's method, the
# coroutines, and the class's __await__.
import collections


class Step:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        yield self.n
        if self.n == 3:
            return {}["missing"]
        return self.n


async def job(name, steps):
    acc = []
    for n in steps:
        acc.append(await Step(n))
    print(name, acc)
    return acc


async def wrapper(name, steps):
    return await job(name, steps)


class Loop:
    def __init__(self, *coros):
        self.ready = collections.deque(coros)

    def run_forever(self):
        while self.ready:
            c = self.ready.popleft()
            try:
                c.send(None)
            except StopIteration:
                continue
            self.ready.append(c)


Loop(wrapper("a", [1, 2]), wrapper("b", [2, 3, 4]), job("c", [5])).run_forever()
