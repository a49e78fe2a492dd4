# RUN: %difftest %s
# Future reprs: pending, with 1, 2, 3 and 5 callbacks (functions with their
# def line, lambdas and nested functions by qualified name, builtins,
# callable objects), finished with results reprlib shortens (long str, big
# int, a long repr of an object, bytes) or not, with an exception, and
# cancelled (with and without a message). Also Handle reprs of call_soon.
import asyncio


def top_cb(fut):
    pass


def handle_cb(*args):
    pass


class Holder:
    def __call__(self, fut):
        pass

    def __repr__(self):
        return "<Holder>"


class LongRepr:
    def __repr__(self):
        return "L" * 50


def nested_factory():
    def nested_cb(fut):
        pass
    return nested_cb


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    f.add_done_callback(top_cb)
    print(repr(f))
    f.add_done_callback(lambda fut: None)
    print(repr(f))
    f.add_done_callback(print)
    print(repr(f))
    f.add_done_callback(Holder())
    f.add_done_callback(nested_factory())
    print(repr(f))
    g = loop.create_future()
    g.add_done_callback(Holder())
    print(repr(g))
    g.cancel()
    # (bound methods as callbacks: aio_repr_bound_method_callbacks.py)

    # (containers past reprlib's limits: aio_future_repr_reprlib.py)
    values = [
        "short",
        "x" * 100,
        "quote's \"both\" kinds and a longer tail",
        12345,
        -(10 ** 45),
        10 ** 39,
        3.25,
        list(range(6)),
        (1,),
        {1: "one"},
        set(range(3)),
        LongRepr(),
        b"bytes" * 10,
        None,
        True,
    ]
    for v in values:
        f = loop.create_future()
        f.set_result(v)
        print(repr(f))

    f = loop.create_future()
    f.set_exception(ValueError("a message " * 8))
    print(repr(f))
    f.exception()
    f = loop.create_future()
    f.set_exception(KeyError)
    print(repr(f))
    f.exception()

    f = loop.create_future()
    f.cancel()
    print(repr(f))
    f = loop.create_future()
    f.cancel("with a message")
    print(repr(f))

    # Handles of call_soon; a cancelled handle forgets its callback
    h = loop.call_soon(handle_cb, 1, "two", [3])
    print(repr(h))
    h2 = loop.call_soon(print, "x" * 50)
    print(repr(h2))
    h2.cancel()
    print(repr(h2), h2.cancelled())
    h4 = loop.call_soon(lambda: None)
    print(repr(h4))
    await asyncio.sleep(0)


asyncio.run(main())
