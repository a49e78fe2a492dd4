# RUN: %difftest %s
# cr_running, cr_suspended, cr_await and cr_frame in every state: created,
# running (seen from inside), suspended, finished by return, by exception,
# by close, by throw; and a coroutine's frame is kept while it lives.
import types


@types.coroutine
def pause(v=None):
    got = yield v
    return got


def state(c):
    aw = c.cr_await
    return (f"running={c.cr_running} suspended={c.cr_suspended} "
            f"await={type(aw).__name__ if aw is not None else None} "
            f"frame={'yes' if c.cr_frame is not None else 'no'}")


async def observed():
    print("  inside:", state(me))
    x = await pause(1)
    print("  inside after resume:", state(me))
    y = await sub()
    return x, y


async def sub():
    print("  inside sub, outer: running", me.cr_running, "suspended", me.cr_suspended)
    await pause(2)
    return "sub"


me = observed()
print("created:", state(me))
print("yield", me.send(None))
print("suspended at pause:", state(me))
print("yield", me.send("x"))
print("suspended in sub:", state(me))
print("cr_await is a coroutine:", type(me.cr_await).__name__, me.cr_await.cr_suspended)
try:
    me.send("y")
except StopIteration as stop:
    print("returned", stop.value)
print("finished:", state(me))


async def raiser():
    await pause()
    raise ValueError


c = raiser()
c.send(None)
try:
    c.send(None)
except ValueError:
    print("raised:", state(c))

c = raiser()
print("created:", state(c))
c.send(None)
c.close()
print("closed while suspended:", state(c))

c = raiser()
c.close()
print("closed before start:", state(c))

c = raiser()
c.send(None)
try:
    c.throw(KeyError)
except KeyError:
    print("thrown into:", state(c))


async def catches():
    while True:
        try:
            await pause("waiting")
        except KeyError:
            print("  caught KeyError:", state(me2))


me2 = catches()
me2.send(None)
print("throw answered with:", me2.throw(KeyError))
print("still suspended:", state(me2))
me2.close()
print("closed:", state(me2))

# The frame's line while suspended, and f_back (None: a suspended frame is
# on no stack).
async def with_lines(a):
    b = a * 2
    await pause()
    c = b + 1
    await pause()
    return c


c = with_lines(5)
print("line before start:", c.cr_frame.f_lineno)
c.send(None)
print("line at first pause:", c.cr_frame.f_lineno, "f_back:", c.cr_frame.f_back)
c.send(None)
print("line at second pause:", c.cr_frame.f_lineno)
c.close()
