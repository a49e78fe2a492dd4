# RUN: %difftest %s
# Bound methods as done callbacks and as handle callbacks: their repr is
# the method's qualified name with no source location.
import asyncio


class Holder:
    def method_cb(self, *args):
        pass

    @classmethod
    def class_cb(cls, *args):
        pass


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(Holder().method_cb)
    print(repr(f))
    f.add_done_callback(Holder.class_cb)
    print(repr(f))
    h = loop.call_soon(Holder().method_cb, None)
    print(repr(h))
    h = loop.call_soon(Holder.class_cb, 1, 2)
    print(repr(h))
    f.set_result(None)
    await asyncio.sleep(0)


asyncio.run(main())
