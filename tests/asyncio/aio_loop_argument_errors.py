# RUN: %difftest %s
# The loop's argument errors, with CPython's messages: a non-callable
# exception handler, a delay that is not a number.
import asyncio


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except TypeError as e:
        print(label, "TypeError:", e)


async def main():
    loop = asyncio.get_running_loop()
    attempt("set_exception_handler(42)", lambda: loop.set_exception_handler(42))
    attempt("set_exception_handler('f')", lambda: loop.set_exception_handler("f"))
    attempt("set_exception_handler(None)", lambda: loop.set_exception_handler(None))
    attempt("call_later('x')", lambda: loop.call_later("x", print))
    attempt("call_later(None)", lambda: loop.call_later(None, print))


asyncio.run(main())
