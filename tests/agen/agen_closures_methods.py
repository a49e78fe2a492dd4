# RUN: %difftest %s
# Async generators as methods (instance, class, static, with self state
# mutated between yields), closures (a cell changed by the caller between
# two values is seen on resume; nonlocal assignment from inside the
# generator is seen by the caller), default and keyword arguments, *args and
# **kwargs, a lambda-free factory making several independent generators,
# recursion (an async generator walking a tree by async-iterating itself)
# and locals surviving across many suspensions.
import types


@types.coroutine
def tick():
    yield


class Account:
    rate = 2

    def __init__(self, balance):
        self.balance = balance

    async def history(self, steps):
        for _ in range(steps):
            await tick()
            self.balance += 1
            yield self.balance

    @classmethod
    async def rates(cls, n):
        for i in range(n):
            yield cls.rate * i

    @staticmethod
    async def constant(v, times=2):
        for _ in range(times):
            yield v


def make_counter(start):
    count = start

    async def counter(step=1, *extra, label="c", **opts):
        nonlocal count
        while count < start + 3 * step:
            yield label, count, extra, sorted(opts.items())
            count += step

    def peek():
        return count

    def poke(v):
        nonlocal count
        count = v

    return counter, peek, poke


tree = (1, [(2, [(4, [])]), (3, [(5, []), (6, [])])])


async def walk(node, depth=0):
    value, children = node
    yield "  " * depth + str(value)
    for child in children:
        async for line in walk(child, depth + 1):
            await tick()
            yield line


async def many_locals():
    a, b, c = 1, 2.5, "three"
    big = 2 ** 100
    seq = [a, b]
    for i in range(3):
        yield (a, b, c, big + i, tuple(seq))
        seq.append(i)
        a, b = b, a


async def main():
    acct = Account(10)
    h = acct.history(3)
    print(await h.__anext__(), acct.balance)
    acct.balance = 100
    print([x async for x in h], acct.balance)
    print([x async for x in Account.rates(3)], [x async for x in Account(0).rates(2)])
    print([x async for x in Account.constant("k")], [x async for x in acct.constant(1, times=3)])

    counter, peek, poke = make_counter(0)
    g = counter(2, "e1", "e2", label="L", z=1, a=2)
    print(await g.__anext__(), peek())
    poke(3)
    print(await g.__anext__(), peek())
    print([x async for x in g], peek())
    counter2, peek2, _ = make_counter(10)
    print([x async for x in counter2()], peek2(), peek())

    async for line in walk(tree):
        print(line)
    async for row in many_locals():
        print(row)


c = main()
try:
    while True:
        c.send(None)
except StopIteration:
    print("main done")
