# RUN: %difftest %s
# Await chains of depth 1..N: each level adds to the value returned from
# below; the innermost level suspends a few times, and what the driver sends
# in arrives there while what it yields comes out unchanged at the top.
import types


@types.coroutine
def ask(question):
    return (yield question)


async def bottom(times):
    total = 0
    for i in range(times):
        total += await ask(f"q{i}")
    return total


async def chain(depth, times):
    if depth == 0:
        return await bottom(times)
    below = await chain(depth - 1, times)
    return below + depth


def drive(coro, answers):
    asked = []
    it = iter(answers)
    try:
        q = coro.send(None)
        while True:
            asked.append(q)
            q = coro.send(next(it))
    except StopIteration as stop:
        return stop.value, asked


for depth in (0, 1, 2, 3, 5, 10, 40):
    print(depth, drive(chain(depth, 3), [100, 20, 3]))

# Explicit chains written out level by level, each doing work before and
# after its await.
log = []


async def l1():
    log.append("l1 in")
    v = await ask("deep")
    log.append(f"l1 out {v}")
    return v * 2


async def l2():
    log.append("l2 in")
    v = await l1()
    log.append(f"l2 out {v}")
    return v + 1


async def l3():
    log.append("l3 in")
    v = await l2()
    log.append(f"l3 out {v}")
    return [v]


async def l4():
    log.append("l4 in")
    v = await l3()
    log.append(f"l4 out {v}")
    return {"v": v}


for top in (l1, l2, l3, l4):
    log.clear()
    print(top.__name__, drive(top(), [21]), log)

# cr_await along a suspended chain: each level points at the next, the last
# at the types.coroutine generator.
c = chain(4, 1)
c.send(None)
depth = 0
node = c
while node is not None:
    print(" " * depth + type(node).__name__, getattr(node, "__qualname__", ""))
    node = node.cr_await if hasattr(node, "cr_await") else node.gi_yieldfrom
    depth += 1
c.close()

# A long chain (deeper than any real program) still works.
print(drive(chain(300, 2), [1, 1])[0])
