# RUN: %difftest %s
# run_until_complete on something already done: a finished future, a task
# that finished in an earlier run, the same future twice; the loop runs one
# iteration (what is ready runs too) and returns the result, or raises the
# exception.
import asyncio

log = []


async def work(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return f"work {n}"


async def bad():
    raise ValueError("bad")


loop = asyncio.new_event_loop()
fut = loop.create_future()
fut.set_result("ready")
loop.call_soon(log.append, "a ready callback ran too")
print(loop.run_until_complete(fut), log)
print(loop.run_until_complete(fut))
t = loop.create_task(work(1))
print(loop.run_until_complete(work(3)), t.done())
print(loop.run_until_complete(t))
t = loop.create_task(bad())
try:
    loop.run_until_complete(t)
except ValueError as e:
    print("first:", e)
try:
    loop.run_until_complete(t)
except ValueError as e:
    print("again:", e)
loop.close()
