# RUN: %difftest %s
# "coroutine is being awaited already": a coroutine suspended inside one
# awaiter cannot be awaited by a second one (nor through its wrapper), and
# the first awaiter is not disturbed by the failed attempt.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


async def worker():
    a = await pause("w1")
    b = await pause("w2")
    return f"worker done {a} {b}"


shared = worker()


async def first():
    r = await shared
    return "first got " + r


async def second():
    try:
        return await shared
    except RuntimeError as e:
        return "second: RuntimeError: " + str(e)


f = first()
print(f.send(None))
print("shared.cr_await:", type(shared.cr_await).__name__)
print("f.cr_await is shared:", f.cr_await is shared)

s = second()
try:
    s.send(None)
except StopIteration as stop:
    print(stop.value)

# first goes on as if nothing happened.
print(f.send("A"))
try:
    f.send("B")
except StopIteration as stop:
    print(stop.value)

# Uncaught in the second awaiter: the RuntimeError ends that coroutine.
shared = worker()
f = first()
f.send(None)


async def third():
    return await shared


t = third()
try:
    t.send(None)
except RuntimeError as e:
    print("third:", e)
print("third finished:", t.cr_frame is None)
f.close()
print("shared after close of its awaiter:", shared.cr_frame is None)

# Awaiting the wrapper while the coroutine is awaited elsewhere: the wrapper
# is a plain iterator, so awaiting it is not refused and it resumes the
# coroutine where it stands.
shared = worker()
f = first()
f.send(None)
w = shared.__await__()
print(type(w).__name__)


async def via_wrapper():
    class Box:
        def __await__(self):
            return w
    return await Box()


v = via_wrapper()
try:
    print("via wrapper yielded:", v.send(None))
except RuntimeError as e:
    print("via wrapper: RuntimeError:", e)
f.close()
v.close()

# A coroutine awaiting itself.
async def narcissus():
    await me


me = narcissus()
try:
    me.send(None)
except ValueError as e:
    print("self-await: ValueError:", e)
print("self-await finished:", me.cr_frame is None)

# Two awaiters created before either ran: only the one that runs second
# fails.
shared = worker()
a, b = first(), second()
print(a.send(None))
try:
    b.send(None)
except StopIteration as stop:
    print(stop.value)
a.close()
