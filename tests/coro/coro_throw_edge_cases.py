# RUN: %difftest %s
# throw() edge cases: into a coroutine that has not started (it never runs,
# and is finished after); GeneratorExit thrown in (not through close());
# StopIteration thrown in and not caught (it becomes RuntimeError);
# one exception instance thrown into two coroutines; a KeyboardInterrupt-like
# BaseException caught by a bare except; throw() answered by a return in a
# finally block. (Thrown into a handler: coro_throw_context.py.)
import types


@types.coroutine
def pause(tag):
    return (yield tag)


async def body():
    print("  body started")
    try:
        await pause("p1")
        await pause("p2")
    finally:
        print("  body finally")
    return "done"


def report(label, fn):
    try:
        r = fn()
        print(f"{label}: returned {r!r}")
    except StopIteration as stop:
        print(f"{label}: StopIteration {stop.value!r}")
    except BaseException as e:
        ctx = type(e.__context__).__name__ if e.__context__ else None
        cause = type(e.__cause__).__name__ if e.__cause__ else None
        print(f"{label}: {type(e).__name__}({e}) context={ctx} cause={cause}")


c = body()
report("throw into unstarted", lambda: c.throw(ValueError("early")))
report("  then send", lambda: c.send(None))

c = body()
c.send(None)
report("throw GeneratorExit", lambda: c.throw(GeneratorExit))
print("  finished:", c.cr_frame is None)

c = body()
c.send(None)
report("throw StopIteration", lambda: c.throw(StopIteration("thrown")))

c = body()
c.send(None)
report("throw StopIteration class", lambda: c.throw(StopIteration))


class Interrupt(BaseException):
    pass


async def bare_except():
    try:
        await pause("b")
    except:  # noqa: E722
        return "bare except caught it"


c = bare_except()
c.send(None)
report("throw BaseException subclass", lambda: c.throw(Interrupt()))


async def except_exception_only():
    try:
        await pause("e")
    except Exception:
        return "not this"


c = except_exception_only()
c.send(None)
report("BaseException passes `except Exception`", lambda: c.throw(Interrupt("i")))


async def finally_returns():
    try:
        await pause("f")
    finally:
        return "finally won"  # noqa: B012


c = finally_returns()
c.send(None)
report("throw answered by a finally return", lambda: c.throw(KeyError("lost")))


# The same exception instance thrown twice into two coroutines.
shared_exc = LookupError("shared")
for i in range(2):
    c = body()
    c.send(None)
    report(f"shared instance #{i}", lambda: c.throw(shared_exc))
