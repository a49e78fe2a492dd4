# RUN: %difftest %s
# A loop that answers requests: tasks `await call(name, *args)`, the request
# travels up through every await level to the loop, which computes the answer
# and sends it back in; an error answer is thrown in instead, and the task
# can catch it at any level.
import types


@types.coroutine
def call(name, *args):
    return (yield (name, args))


class Kernel:
    def __init__(self):
        self.store = {}
        self.log = []

    def answer(self, name, args):
        if name == "get":
            return self.store[args[0]]
        if name == "set":
            self.store[args[0]] = args[1]
            return len(self.store)
        if name == "add":
            return sum(args)
        if name == "log":
            self.log.append(args)
            return None
        raise NotImplementedError(name)

    def run(self, coro):
        value, error = None, None
        while True:
            try:
                if error is None:
                    name, args = coro.send(value)
                else:
                    name, args = coro.throw(error)
            except StopIteration as stop:
                return stop.value
            try:
                value, error = self.answer(name, args), None
            except Exception as e:
                value, error = None, e
            print(f"  {name}{args} -> {value!r}" + (f" !{type(error).__name__}" if error else ""))


async def lookup(key, default):
    try:
        return await call("get", key)
    except KeyError:
        await call("log", "missing", key)
        return default


async def increment(key):
    v = await lookup(key, 0)
    await call("set", key, v + 1)
    return v + 1


async def program():
    await call("set", "a", 10)
    n = await increment("a")
    m = await increment("b")
    total = await call("add", n, m, await lookup("a", -1))
    try:
        await call("frobnicate")
    except NotImplementedError as e:
        await call("log", "unsupported", str(e))
    return total


k = Kernel()
print("result:", k.run(program()))
print("store:", sorted(k.store.items()))
print("log:", k.log)


# Values sent in reach the innermost awaiter only; the levels above see
# the return values.
async def level(n):
    if n == 0:
        return await call("add", 1, 2)
    x = await level(n - 1)
    y = await call("add", x, n)
    return y


k = Kernel()
print("level 4:", k.run(level(4)))


# An uncaught error answer ends the task; the kernel's caller sees it.
async def careless():
    return await call("get", "nope")


try:
    Kernel().run(careless())
except KeyError as e:
    print("careless raised KeyError", e)
