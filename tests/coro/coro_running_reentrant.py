# RUN: %difftest %s
# A running coroutine cannot be resumed: send and throw from inside itself
# (directly, or from a coroutine it awaits, or through its wrapper)
# raise ValueError "coroutine already executing"; cr_running is True only
# while it runs. The failed attempt does not disturb the running coroutine.
# (close() from inside: coro_running_close.py.)
import types


@types.coroutine
def pause():
    yield "paused"


def attempt(label, fn):
    try:
        fn()
        print(f"  {label}: no error")
    except ValueError as e:
        print(f"  {label}: ValueError: {e}")


async def reentrant():
    print("  cr_running inside:", me.cr_running)
    attempt("send", lambda: me.send(None))
    attempt("throw", lambda: me.throw(KeyError))
    attempt("wrapper next", lambda: next(me.__await__()))
    await pause()
    attempt("send after resume", lambda: me.send(None))
    return "survived"


me = reentrant()
print("before:", me.cr_running)
print(me.send(None))
print("suspended:", me.cr_running)
try:
    me.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print("after:", me.cr_running)


# From a coroutine the running one awaits.
async def child():
    attempt("send to the awaiter", lambda: parent_c.send(None))
    attempt("throw to the awaiter", lambda: parent_c.throw(IndexError))
    print("  parent running:", parent_c.cr_running, "child running:", child_c.cr_running)
    await pause()
    return "child done"


async def parent():
    global child_c
    child_c = child()
    return await child_c


parent_c = parent()
parent_c.send(None)
print("both suspended:", parent_c.cr_suspended, child_c.cr_suspended)
try:
    parent_c.send(None)
except StopIteration as stop:
    print("returned", stop.value)


# From a types.coroutine generator the coroutine awaits.
@types.coroutine
def meddler():
    attempt("send from the generator", lambda: outer_c.send(None))
    yield "meddled"


async def outer():
    await meddler()
    return "outer done"


outer_c = outer()
print(outer_c.send(None))
try:
    outer_c.send(None)
except StopIteration as stop:
    print("returned", stop.value)


# The running coroutine's wrapper: its send fails the same way.
async def via_wrapper():
    w = wc.__await__()
    attempt("wrapper send", lambda: w.send(None))
    attempt("wrapper throw", lambda: w.throw(ValueError))
    return 1


wc = via_wrapper()
try:
    wc.send(None)
except StopIteration as stop:
    print("returned", stop.value)
