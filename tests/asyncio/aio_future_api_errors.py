# RUN: %difftest %s
# The Future API's errors, with CPython's exception types and messages:
# exception() before done, set_result/set_exception twice or after
# cancel, set_exception with StopIteration or a non-exception, with an
# exception class (instantiated), Task.set_result/set_exception, cancel() of
# a done future, result() of a cancelled one; the exception classes'
# hierarchy (CancelledError is a BaseException, not an Exception).
import asyncio


def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(f"{label}: returned {r!r}")
    except BaseException as e:
        print(f"{label}: {type(e).__name__}: {e}")


async def coro():
    await asyncio.sleep(0)
    return 1


async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    # (result() before done: aio_future_result_not_set.py)
    attempt("exception pending", f.exception)
    attempt("done pending", f.done)
    attempt("cancelled pending", f.cancelled)
    attempt("set_result", f.set_result, "v")
    attempt("set_result again", f.set_result, "w")
    attempt("set_exception after result", f.set_exception, ValueError("x"))
    attempt("result", f.result)
    attempt("exception", f.exception)
    attempt("cancel done", f.cancel)
    attempt("cancelled done", f.cancelled)

    f = loop.create_future()
    attempt("set_exception StopIteration", f.set_exception, StopIteration("s"))
    attempt("set_exception StopIteration class", f.set_exception, StopIteration)
    attempt("set_exception not an exception", f.set_exception, 42)
    attempt("still pending", f.done)
    attempt("set_exception class", f.set_exception, KeyError)
    attempt("exception()", f.exception)
    attempt("type of exception()", lambda: type(f.exception()).__name__)
    attempt("result raises it", f.result)
    attempt("set_result after exception", f.set_result, 1)

    f = loop.create_future()
    attempt("cancel", f.cancel)
    attempt("cancel again", f.cancel)
    attempt("set_result after cancel", f.set_result, 1)
    attempt("set_exception after cancel", f.set_exception, ValueError())
    attempt("result cancelled", f.result)
    attempt("exception cancelled", f.exception)
    f = loop.create_future()
    f.cancel("why")
    attempt("result cancelled with message", f.result)
    attempt("and again", f.result)

    t = asyncio.create_task(coro())
    attempt("task set_result", t.set_result, 1)
    attempt("task set_exception", t.set_exception, ValueError())
    attempt("task exception pending", t.exception)
    await t
    attempt("task result", t.result)
    attempt("task exception", t.exception)

    f = asyncio.Future()
    attempt("asyncio.Future() loop is running loop", lambda: f.get_loop() is loop)
    f.set_exception(RuntimeError("retrieved below"))
    attempt("exception object", lambda: repr(f.exception()))

    print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
    print(issubclass(asyncio.InvalidStateError, Exception), asyncio.TimeoutError is TimeoutError)
    print(asyncio.CancelledError.__name__, asyncio.InvalidStateError.__name__)
    print(asyncio.CancelledError.__module__, asyncio.InvalidStateError.__module__)
    try:
        raise asyncio.CancelledError("direct")
    except Exception:
        print("caught by except Exception (wrong)")
    except BaseException as e:
        print("caught by except BaseException:", repr(e))


asyncio.run(main())
