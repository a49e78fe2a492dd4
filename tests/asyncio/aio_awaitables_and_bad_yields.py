# RUN: %difftest %s
# What a task can await besides coroutines: an object whose __await__
# returns a future's iterator, a types.coroutine generator delegating to a
# future, a types.coroutine generator doing a bare yield (one iteration, as
# sleep(0)); and what it cannot: a generator yielding a value that is not a
# future ("Task got bad yield"), awaiting a non-awaitable (TypeError), a
# finished coroutine again, directly or in a task (RuntimeError), a task
# awaiting itself (RuntimeError), a future of another loop.
import asyncio
import types


class Deferred:
    def __init__(self, fut):
        self.fut = fut

    def __await__(self):
        return self.fut.__await__()


@types.coroutine
def via_generator(fut):
    value = yield from fut
    return ("via generator", value)


@types.coroutine
def bare_yield():
    yield


@types.coroutine
def bad_yield(value):
    yield value


async def attempt(label, aw):
    try:
        r = await aw
        print(label, "->", r)
    except (RuntimeError, TypeError) as e:
        print(label, "raised", type(e).__name__ + ":", e)


async def ticker(log):
    for i in range(3):
        log.append(f"tick{i}")
        await asyncio.sleep(0)


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    loop.call_soon(f.set_result, "deferred result")
    print(await Deferred(f))
    g = loop.create_future()
    loop.call_soon(g.set_result, 7)
    print(await via_generator(g))

    log = []
    t = asyncio.create_task(ticker(log))
    log.append("before bare yield")
    await bare_yield()
    log.append("after bare yield")
    await t
    print(log)

    await attempt("yield 42", bad_yield(42))
    await attempt("yield a string", bad_yield("str"))
    async def once():
        return "once"

    c = once()
    await attempt("a coroutine", c)
    await attempt("the same coroutine again", c)
    await attempt("a task of the finished coroutine", asyncio.create_task(c))
    await attempt("await an int", 42)
    await attempt("await None", None)

    async def await_self():
        await asyncio.current_task()

    t = asyncio.create_task(await_self())
    try:
        await t
    except RuntimeError as e:
        print("await itself:", e)

    other = asyncio.new_event_loop()
    foreign = other.create_future()
    try:
        await foreign
    except RuntimeError as e:
        # the main task's repr in this message shows asyncio.run's done
        # callback: aio_native_callback_reprs.py checks that part
        msg = str(e)
        print("foreign future:", msg.startswith("Task <Task pending name='Task-1' coro=<main() running at /"),
              msg.endswith(" got Future <Future pending> attached to a different loop"))
    other.close()


asyncio.run(main())
