# RUN: %difftest %s
# Timers with the same deadline: CPython keeps them in a heapq ordered by
# `when` alone, so equal deadlines come out in the heap's pop order, not in
# registration order. Mixed with earlier and later deadlines, and with
# cancelled handles left in the heap (or dropped by a rebuild of the heap
# when more than half of over 100 timers are cancelled).
import asyncio

order = []


def cb(tag):
    order.append(tag)


def run(n, extra):
    loop = asyncio.new_event_loop()
    base = loop.time() + 0.005
    handles = []
    for i in range(n):
        handles.append(loop.call_at(base, cb, i))
    extra(loop, base, handles)
    loop.call_at(base + 0.01, loop.stop)
    loop.run_forever()
    loop.close()
    print(n, order)
    del order[:]


def nothing(loop, base, handles):
    pass


def earlier_and_later(loop, base, handles):
    loop.call_at(base - 0.001, cb, "early")
    loop.call_at(base + 0.001, cb, "late")
    loop.call_at(base - 0.002, cb, "earliest")


def cancel_some(loop, base, handles):
    for h in handles[::3]:
        h.cancel()
    print("cancelled", [h.cancelled() for h in handles])


def cancel_most(loop, base, handles):
    # more than 100 timers, more than half of them cancelled: the loop
    # rebuilds its heap (heapify) before picking the due ones
    for i, h in enumerate(handles):
        if i % 3:
            h.cancel()


def same_when_values(loop, base, handles):
    print("whens equal", all(h.when() == base for h in handles))


for n in (2, 3, 5, 8, 12):
    run(n, nothing)
run(10, earlier_and_later)
run(10, cancel_some)
run(7, same_when_values)
run(150, cancel_most)


# Tasks sleeping until one shared deadline, by call_at on their own futures.
async def main():
    loop = asyncio.get_running_loop()
    when = loop.time() + 0.005
    woke = []

    async def sleeper(i):
        fut = loop.create_future()
        loop.call_at(when, fut.set_result, i)
        woke.append(await fut)

    await asyncio.gather(*[sleeper(i) for i in range(9)])
    print("woke", woke)


asyncio.run(main())
