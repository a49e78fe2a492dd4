# RUN: %difftest %s
# close() of a coroutine while it runs raises ValueError "coroutine already
# executing", like send() and throw(); the coroutine goes on undisturbed.
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


async def closes_itself():
    attempt("close", lambda: me.close())
    attempt("wrapper close", lambda: me.__await__().close())
    print("  still running:", me.cr_running)
    await pause()
    attempt("close after resume", lambda: me.close())
    return "survived"


me = closes_itself()
print(me.send(None))
try:
    me.send(None)
except StopIteration as stop:
    print("returned", stop.value)


# From a coroutine it awaits.
async def child():
    attempt("close the awaiter", lambda: parent_c.close())
    await pause()
    return "child done"


async def parent():
    return await child()


parent_c = parent()
print(parent_c.send(None))
try:
    parent_c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
