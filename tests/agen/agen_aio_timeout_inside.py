# RUN: %difftest %s
# asyncio.timeout() used inside an async generator around its await: the
# deadline cancels the task, the CancelledError is thrown in through the
# asend awaitable, the timeout context turns it into TimeoutError inside
# the generator, which catches it and yields a fallback value; the consumer
# task never sees a cancellation and keeps iterating; timeouts that do not
# expire change nothing.
import asyncio


async def fetch(delays):
    for i, d in enumerate(delays):
        try:
            async with asyncio.timeout(0.02):
                await asyncio.sleep(d)
            yield f"item {i}"
        except TimeoutError:
            print(f"  item {i} timed out inside the generator")
            yield f"fallback {i}"
        finally:
            print(f"  finally {i}")


async def main():
    async for v in fetch([0, 1, 0, 2]):
        print("got", v)
    print("cancelling:", asyncio.current_task().cancelling())


asyncio.run(main())
