# RUN: %difftest %s
# `yield` inside `except` and `finally` blocks of async generators: the
# handled exception stays bound to the `as` name across the yield and a bare
# `raise` after the yield re-raises it; an exception raised after a
# finally's yield replaces the one in flight (its __context__ is the
# original); a yield in finally during normal completion and while an
# exception is in flight (re-raised once the finally ends); the `as` name is
# unbound after the block.


async def reraise_after_yield():
    try:
        raise ValueError("original")
    except ValueError as e:
        yield "handling " + str(e)
        print("  still bound:", repr(e))
        raise


async def finally_yields(fail):
    try:
        if fail:
            raise KeyError("in flight")
        yield "body"
    finally:
        yield "finally 1"
        yield "finally 2"
        print("  finally done")


async def replace_in_finally():
    try:
        raise KeyError("first")
    finally:
        yield "in finally"
        raise IndexError("second")


async def name_unbound():
    try:
        raise ValueError("x")
    except ValueError as err:
        yield "in except"
    try:
        print(err)
    except NameError as ne:
        yield "NameError: " + str(ne)
    except UnboundLocalError as ue:
        yield "UnboundLocalError: " + str(ue)


def run(aw):
    try:
        aw.send(None)
    except StopIteration as stop:
        return repr(stop.value)
    except StopAsyncIteration:
        return "<end>"
    except Exception as e:
        return f"{type(e).__name__}: {e} (context {e.__context__!r})"
    return "<suspended>"


for label, ag in (("reraise", reraise_after_yield()),
                  ("finally, normal", finally_yields(False)),
                  ("finally, failing", finally_yields(True)),
                  ("replace", replace_in_finally()),
                  ("unbound", name_unbound())):
    print(label + ":")
    for _ in range(5):
        out = run(ag.__anext__())
        print(" ", out)
        if out == "<end>":
            break

print("athrow into a finally's yield:")
ag = finally_yields(False)
print(" ", run(ag.__anext__()))
print(" ", run(ag.__anext__()))
print(" ", run(ag.athrow(OSError("during finally"))))
