# RUN: %difftest %s
# Reason: set_exception_handler accepts a non-callable (CPython: TypeError "A callable object or None is expected, got 42"); call_later("x"/None) raise "must be real number, not str" instead of CPython's "unsupported operand type(s) for +: 'float' and 'str'" / "delay must not be None".
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
