# RUN: %difftest %s
# Recursion through await: fib, a tree walk that suspends at every leaf,
# mutual recursion, recursion that raises at the bottom, and recursion
# limited by depth with the results of every branch combined.
import types


@types.coroutine
def visit(node):
    return (yield node)


async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro, reply=lambda x: None):
    seen = []
    try:
        x = coro.send(None)
        while True:
            seen.append(x)
            x = coro.send(reply(x))
    except StopIteration as stop:
        return stop.value, seen


print("fib:", [run(fib(i))[0] for i in range(15)])

tree = ("a", [("b", [("d", []), ("e", [])]), ("c", [("f", [("g", [])])])])


async def walk(node, depth=0):
    name, children = node
    weight = await visit((depth, name))
    for child in children:
        weight += await walk(child, depth + 1)
    return weight


print("walk:", run(walk(tree), lambda x: ord(x[1]) - ord("a")))


async def is_even(n):
    if n == 0:
        return True
    if n % 10 == 0:
        await visit(f"even? {n}")
    return await is_odd(n - 1)


async def is_odd(n):
    if n == 0:
        return False
    return await is_even(n - 1)


print("mutual:", run(is_even(40)), run(is_even(35))[0], run(is_odd(21))[0])


async def countdown_then_fail(n):
    if n == 0:
        await visit("bottom")
        raise ArithmeticError("bottom reached")
    try:
        return await countdown_then_fail(n - 1)
    finally:
        print(f"  unwinding level {n}")


try:
    run(countdown_then_fail(4))
except ArithmeticError as e:
    print("caught:", e)


async def partitions(n, largest):
    """Number of partitions of n into parts <= largest; suspends once per
    call with n == 0 (a partition found)."""
    if n == 0:
        await visit("found")
        return 1
    total = 0
    for part in range(min(n, largest), 0, -1):
        total += await partitions(n - part, part)
    return total


count, seen = run(partitions(8, 8))
print("partitions of 8:", count, len(seen))


# Recursion depth in a chain of awaits, well below the recursion limit.
async def depth_of(n):
    if n == 0:
        return 0
    return 1 + await depth_of(n - 1)


print("depth:", run(depth_of(150))[0])
