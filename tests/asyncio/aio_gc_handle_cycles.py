# RUN: %difftest %s
# A handle kept by what its callback belongs to is a cycle once it ran: it is
# collected then, never while the loop holds it (scheduled, or ready); a
# cancelled one drops its callback at once.
import asyncio
import gc


class Ticker:
    def __init__(self, name, loop):
        self.name = name
        self.handle = loop.call_later(0.001, self.tick)

    def tick(self):
        print("tick", self.name)

    def __del__(self):
        print("del", self.name)


class Soon:
    def __init__(self, loop):
        self.handle = loop.call_soon(self.run, self)

    def run(self, me):
        print("soon ran, same object:", me is self)

    def __del__(self):
        print("del soon")


async def main():
    loop = asyncio.get_running_loop()
    t = Ticker("ran", loop)
    await asyncio.sleep(0.01)
    del t
    print("after the timer ran:", gc.collect() > 0)
    t = Ticker("scheduled", loop)
    del t
    print("while it is scheduled:", gc.collect())
    await asyncio.sleep(0.01)
    print("after it ran:", gc.collect() > 0)
    c = Ticker("cancelled", loop)
    c.handle.cancel()
    del c
    print("cancelled: freed at once")
    s = Soon(loop)
    del s
    await asyncio.sleep(0)
    print("soon handle collected:", gc.collect() > 0)


asyncio.run(main())
