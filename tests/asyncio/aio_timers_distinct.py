# RUN: %difftest %s
# Timers with different deadlines run by deadline whatever their
# registration order; TimerHandle.when() is exactly the deadline given to
# call_at, and loop.time() at the call plus the delay for call_later; a
# cancelled timer never runs (cancelling twice is fine); a timer's callback
# may schedule more timers and call_soon handles, which interleave by the
# loop's rules (a due timer joins the ready queue after what is there).
import asyncio

log = []


def cb(tag):
    log.append(tag)


async def main():
    loop = asyncio.get_running_loop()
    base = loop.time()
    handles = {}
    # deadlines from one base: their order does not depend on how fast the
    # registrations go
    for tag, delay in [("d30", 0.030), ("d10", 0.010), ("d20", 0.020), ("d0", 0),
                       ("d15", 0.015), ("d5", 0.005), ("d25", 0.025), ("d12.5", 0.0125)]:
        handles[tag] = loop.call_at(base + delay, cb, tag)
        print(tag, "when() is the deadline:", handles[tag].when() == base + delay)
    print("by deadline", sorted(handles, key=lambda t: handles[t].when()))
    handles["d15"].cancel()
    handles["d15"].cancel()
    print("cancelled", sorted(t for t, h in handles.items() if h.cancelled()))
    before = loop.time()
    extra = []  # kept apart: where it falls among the others depends on timing
    h = loop.call_later(0.01, extra.append, "later10")
    after = loop.time()
    print("call_later's deadline: time() + delay:", before + 0.01 <= h.when() <= after + 0.01,
          type(h.when()).__name__)
    await asyncio.sleep(0.045)
    print(log, extra)
    print("elapsed at least 0.045:", loop.time() - base >= 0.045)

    del log[:]

    def cascade(n):
        log.append(f"cascade{n}")
        if n:
            loop.call_later(0.002, cascade, n - 1)
            loop.call_soon(cb, f"soon{n}")

    loop.call_soon(cascade, 3)
    loop.call_later(0.05, cb, "never: cancelled below").cancel()
    await asyncio.sleep(0.03)
    print(log)


asyncio.run(main())
