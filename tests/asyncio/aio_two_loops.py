# RUN: %difftest %s
# Two loops side by side (neither running): futures and tasks belong to the
# loop they were made for (Future(loop=), Task(loop=), ensure_future(loop=));
# ensure_future or run_until_complete with a future of the other loop is a
# ValueError; a task made for one loop runs on it; gather outside a running
# loop takes its children's loop.
import asyncio


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except BaseException as e:
        print(label, "raised", type(e).__name__ + ":", e)


async def co():
    return "co"


a = asyncio.new_event_loop()
b = asyncio.new_event_loop()
fa = a.create_future()
attempt("ensure_future(fut, loop=other)", lambda: asyncio.ensure_future(fa, loop=b))
attempt("ensure_future(fut, loop=same)", lambda: asyncio.ensure_future(fa, loop=a) is fa)
attempt("Future(loop=b).get_loop() is b", lambda: asyncio.Future(loop=b).get_loop() is b)
c = co()
t = asyncio.Task(c, loop=b)
attempt("Task(loop=b)", lambda: (t.get_loop() is b, t.get_name()))
attempt("run on b", lambda: b.run_until_complete(t))
attempt("run a's future on b", lambda: b.run_until_complete(fa))
fa.cancel()
c2 = co()
attempt("ensure_future(coro, loop=a)", lambda: a.run_until_complete(asyncio.ensure_future(c2, loop=a)))
attempt("gather outside a loop", lambda: type(asyncio.gather(fa)).__name__)
a.close()
b.close()
