# RUN: %difftest %s
# Local state kept across suspensions: many locals of different types,
# nested for/while loops with awaits at each level, while/else and for/else,
# break and continue around awaits, try/except inside loops, loop variables
# rebound after suspensions, big ints and strings built up across awaits, and
# global and nonlocal variables changed by coroutines.
import types


@types.coroutine
def pause(tag=None):
    return (yield tag)


def drive(coro, sends=()):
    out = []
    it = iter(sends)
    try:
        out.append(coro.send(None))
        while True:
            out.append(coro.send(next(it, None)))
    except StopIteration as stop:
        return len(out), stop.value


async def many_locals():
    i, f, s, t, l, d, b, n = 1, 2.5, "s", (1,), [1], {"k": 1}, True, None
    big = 2 ** 64
    await pause()
    i += 1; f *= 2; s += "t"; t += (2,); l.append(2); d["j"] = 2; b = not b
    big *= big
    await pause()
    return i, f, s, t, l, d, b, n, big


print(drive(many_locals()))


async def nested_loops():
    found = []
    for i in range(4):
        j = 0
        while j < 4:
            j += 1
            if (i + j) % 3 == 0:
                continue
            got = await pause((i, j))
            if got == "stop-inner":
                break
            for k in "ab":
                if k == "b" and i == 2:
                    break
                await pause(k)
                found.append(f"{i}{j}{k}")
            else:
                found.append(f"{i}{j}:else")
        else:
            found.append(f"{i}:while-else")
    return found


c = nested_loops()
asked = [c.send(None)]
try:
    while True:
        asked.append(c.send("stop-inner" if asked[-1] in ((1, 3), (3, 2)) else None))
except StopIteration as stop:
    print(len(asked), stop.value)


async def loop_with_handlers():
    results = []
    for x in [1, 0, "a", 4, None]:
        try:
            await pause(x)
            results.append(10 // x)
        except ZeroDivisionError:
            await pause("zde")
            results.append("zero")
            continue
        except TypeError as e:
            results.append(type(e).__name__)
            if x is None:
                break
        else:
            results.append("ok")
        finally:
            results.append("fin")
    return results


print(drive(loop_with_handlers()))


async def builds_string(n):
    s = ""
    acc = 1
    for i in range(n):
        s += str(await pause(i) or i)
        acc *= 1000003
    return s, acc


print(drive(builds_string(12)))

counter = 0


async def bump_global(times):
    global counter
    for _ in range(times):
        before = counter
        await pause()
        counter = before + 1
    return counter


# Interleaved, two coroutines lose updates exactly as they would in CPython.
a, b = bump_global(3), bump_global(3)
a.send(None)
b.send(None)
for _ in range(3):
    for c in (a, b):
        try:
            c.send(None)
        except StopIteration as stop:
            print("finished with", stop.value)
print("counter:", counter)


def outer():
    total = 0

    async def add(n):
        nonlocal total
        for i in range(n):
            total += await pause(i) or 1
        return total

    def get():
        return total
    return add, get


add, get = outer()
print(drive(add(4)), get())
print(drive(add(2), [10, 20]), get())


# The loop variable of a for loop over a list mutated while suspended.
async def mutating_iteration(lst):
    seen = []
    for x in lst:
        seen.append(x)
        await pause()
    return seen


data = [1, 2, 3]
c = mutating_iteration(data)
c.send(None)
data.append(4)
c.send(None)
data.pop(0)
print(drive(c))
