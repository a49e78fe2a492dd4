# RUN: %difftest %s
# Evaluation order when awaits are mixed with ordinary calls that have side
# effects: each operand is evaluated left to right, an await suspends in the
# middle of an expression and resumes with the earlier operands' values kept,
# and names read before a suspension keep the value they had then, even if
# another coroutine rebinds them while this one is suspended.
import types

log = []


@types.coroutine
def suspend(tag):
    log.append("suspend " + tag)
    yield tag
    log.append("resume " + tag)
    return tag


def side(tag):
    log.append("call " + tag)
    return tag


def run_interleaved(*coros):
    """Round-robin: each resume of each coroutine in turn."""
    live = list(coros)
    results = []
    while live:
        for c in list(live):
            try:
                c.send(None)
            except StopIteration as stop:
                results.append((c.__name__, stop.value))
                live.remove(c)
    return results


async def mixed_args():
    return [side("a"), await suspend("b"), side("c"), await suspend("d"), side("e")]


async def mixed_binop():
    return side("x") + await suspend("y") + side("z")


async def dict_order():
    return {side("k1"): await suspend("v1"), await suspend("k2"): side("v2")}


async def call_order():
    def f(*args, **kw):
        return args, sorted(kw)
    return side("f") and f(side("p"), await suspend("q"), k=side("r"), j=await suspend("s"))


shared = {"v": "before"}


async def reader():
    local_copy = shared["v"]
    first = shared["v"] + "|" + await suspend("reader")
    return local_copy, first, shared["v"]


async def writer():
    shared["v"] = "after"
    await suspend("writer")
    return "written"


for fn in (mixed_args, mixed_binop, dict_order, call_order):
    log.clear()
    print(fn.__name__, run_interleaved(fn()))
    print("  ", log)

log.clear()
print(run_interleaved(reader(), writer()))
print("  ", log)


# Two coroutines interleaving on one shared list with appends before and
# after each suspension.
order = []


async def worker(name, n):
    for i in range(n):
        order.append(f"{name}{i}<")
        await suspend(name)
        order.append(f">{name}{i}")
    return name


print(run_interleaved(worker("A", 2), worker("B", 3), worker("C", 1)))
print(order)
