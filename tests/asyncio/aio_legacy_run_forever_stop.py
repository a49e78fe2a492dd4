# RUN: %difftest %s
# run_forever until stop(): stop() lets the current iteration finish (what
# is already in it runs; what it schedules waits), and a later run_forever
# picks up where the last one stopped; stop() before run_forever makes the
# next run_forever do exactly one iteration; a task may stop the loop.
import asyncio

log = []


def cb(tag):
    log.append(tag)


async def counter(tag, n):
    for i in range(n):
        log.append(f"{tag}{i}")
        await asyncio.sleep(0)
    log.append(f"{tag} end")


def flush(title):
    print(title, log)
    del log[:]


def main():
    loop = asyncio.new_event_loop()

    # stop() from a callback: the rest of the iteration still runs
    loop.call_soon(cb, "a")
    loop.call_soon(loop.stop)
    loop.call_soon(cb, "b")
    loop.call_soon(lambda: loop.call_soon(cb, "scheduled-in-last-iteration"))
    loop.run_forever()
    flush("run 1:")
    loop.call_soon(cb, "c")
    loop.call_soon(loop.stop)
    loop.run_forever()
    flush("run 2:")

    # stop() before run_forever: one iteration
    t = loop.create_task(counter("t", 5))
    loop.stop()
    loop.run_forever()
    flush("one iteration:")
    loop.stop()
    loop.run_forever()
    flush("one more:")
    print("task done?", t.done())

    # a task stops the loop, then resumes in the next run_forever
    async def stopper():
        log.append("stopper stops the loop")
        loop.stop()
        await asyncio.sleep(0)
        log.append("stopper resumed")
        await asyncio.sleep(0)
        log.append("stopper stops again")
        loop.stop()
        return "stopper result"

    s = loop.create_task(stopper())
    loop.run_forever()
    flush("stopper run 1:")
    loop.run_forever()
    flush("stopper run 2:")
    print("stopper done", s.done(), s.result(), "t done", t.done())

    # stop() from a timer
    loop.call_later(0.003, loop.stop)
    loop.call_later(0.001, cb, "timer before stop")
    loop.call_later(0.2, cb, "timer after stop (never: the loop closes first)")
    loop.run_forever()
    flush("timer stop:")
    print("running", loop.is_running())
    loop.close()


main()
