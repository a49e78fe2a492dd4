# RUN: %difftest %s
# An async generator in a cycle with what holds it: under a running loop the
# collector runs the finaliser (__del__ first, in creation order), the
# loop's finalizer hook schedules aclose(), which holds the generator, so
# it lives on until that runs; one that never started is closed at once
# (what only its arguments held goes then, and is not counted); without a
# loop a suspended one is closed by the collector.
import asyncio
import gc


class Stream:
    def __init__(self, name):
        self.name = name
        self.gen = self.produce()

    async def produce(self):
        try:
            yield self.name + "-1"
            yield self.name + "-2"
        finally:
            print("produce finally", self.name)

    def __del__(self):
        print("del stream", self.name)


async def main():
    s = Stream("a")
    print(await s.gen.__anext__())
    del s
    print("collecting")
    gc.collect()  # (CPython's count includes the weak references of the loop's set of generators)
    await asyncio.sleep(0)
    print("after a loop iteration")
    await asyncio.sleep(0)
    print("again:", gc.collect())
    u = Stream("unstarted")
    del u
    print("collected:", gc.collect())


asyncio.run(main())

# Without a loop: a suspended async generator in a cycle is closed by the collector.
s = Stream("b")
try:
    s.gen.asend(None).send(None)
except StopIteration as e:
    print("got", e.value)
del s
print("collected:", gc.collect())
print("end")
