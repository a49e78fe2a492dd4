# RUN: %difftest %s
# throw() into a chain suspended deep inside: the exception starts at the
# innermost suspension (a types.coroutine generator or a __await__
# generator) and travels up; each level may catch it and then return (the
# throw() call raises StopIteration with the value), suspend again (throw()
# returns the new yielded value), or raise something else.
import types


@types.coroutine
def pause(tag):
    try:
        return (yield tag)
    except KeyError as e:
        print(f"    pause({tag}) saw KeyError {e}, re-raising")
        raise


class Wait:
    def __await__(self):
        try:
            yield "wait"
        except IndexError:
            print("    Wait.__await__ caught IndexError, returns 'recovered'")
            return "recovered"
        return "normal"


async def bottom():
    try:
        v = await pause("bottom")
        return f"bottom got {v}"
    except ValueError as e:
        print("    bottom caught ValueError", e)
        return "bottom recovered"


async def middle():
    try:
        r = await bottom()
        return f"middle <- {r}"
    except TypeError as e:
        print("    middle caught TypeError", e)
        v = await pause("middle-again")
        return f"middle resumed with {v}"


async def top():
    try:
        r = await middle()
        r2 = await Wait()
        return f"top <- {r} / {r2}"
    except ZeroDivisionError as e:
        raise OverflowError("top converted " + str(e)) from e


def throw_in(exc, then=None, at_wait=False):
    c = top()
    print("first yield:", c.send(None))
    if at_wait:
        print("to the Wait:", c.send("x"))
    try:
        out = c.throw(exc)
        print("  throw() returned", repr(out))
        try:
            while True:
                print("  sent", repr(then), "-> yielded", repr(c.send(then)))
        except StopIteration as stop:
            print("  then returned", repr(stop.value))
    except StopIteration as stop:
        print("  throw() raised StopIteration", repr(stop.value))
    except Exception as e:
        print("  throw() raised", type(e).__name__, e, "cause", repr(e.__cause__))
    print("  finished:", c.cr_frame is None)


print("ValueError: caught at the bottom")
throw_in(ValueError("v"))
print("TypeError: caught in the middle, which suspends again")
throw_in(TypeError("t"), then="later")
print("ZeroDivisionError: converted at the top")
throw_in(ZeroDivisionError("z"))
print("KeyError: seen at the bottom, not caught")
throw_in(KeyError("k"))
print("IndexError into the Wait")
throw_in(IndexError("i"), at_wait=True)
print("exception class instead of instance")
throw_in(ValueError)

# throw() with the type and value form (deprecated three-argument forms are
# not used): throw(type) makes the instance.
async def reports():
    try:
        await pause("r")
    except Exception as e:
        return (type(e).__name__, e.args)


c = reports()
c.send(None)
try:
    c.throw(LookupError)
except StopIteration as stop:
    print(stop.value)

c = reports()
c.send(None)
try:
    c.throw(LookupError("with", "args"))
except StopIteration as stop:
    print(stop.value)

# Throwing something that is not an exception: the TypeError is raised in
# the innermost delegate and comes up the chain like any exception, so the
# coroutine catches it.
c = reports()
c.send(None)
try:
    c.throw(42)
except StopIteration as stop:
    print("bad throw, caught inside:", stop.value)


# Without a delegate, the TypeError is raised by throw() itself and the
# coroutine stays suspended.
class Plain:
    def __await__(self):
        return iter(["plain"])


async def awaits_plain_iterator():
    try:
        await Plain()
    except TypeError as e:
        return "caught " + str(e)


c = awaits_plain_iterator()
print(c.send(None))
try:
    out = c.throw(42)
    print("throw(42) returned", out)
except StopIteration as stop:
    print("throw(42) -> StopIteration:", stop.value)
except TypeError as e:
    print("throw(42) -> TypeError:", e)
print("after throw(42):", c.cr_suspended)
c.close()

# Throwing through the coroutine wrapper reaches the same place.
c = top()
w = c.__await__()
print(next(w))
print("wrapper throw returned:", w.throw(ValueError("via wrapper")))
try:
    w.throw(IndexError)
except StopIteration as stop:
    print("wrapper throw:", stop.value)
