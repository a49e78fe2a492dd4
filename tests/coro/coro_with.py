# RUN: %difftest %s
# with-statements in coroutines: awaits inside the body, several managers,
# nested withs, __exit__ seeing an exception raised after a suspension or
# thrown in with throw(), __exit__ suppressing it, return and break leaving
# the body, and an await in the context expression.
import types


@types.coroutine
def pause(tag):
    return (yield tag)


class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self.name.upper()

    def __exit__(self, t, v, tb):
        print(f"  exit {self.name}: {t.__name__ if t else None} {v if v else ''}")
        return self.suppress


def run(coro, throw_at=None, exc=None):
    n = 0
    try:
        out = coro.send(None)
        while True:
            n += 1
            if n == throw_at:
                out = coro.throw(exc)
            else:
                out = coro.send(n)
    except StopIteration as stop:
        return "returned", stop.value
    except Exception as e:
        return "raised", type(e).__name__, str(e)


async def body_awaits():
    with CM("a") as a:
        x = await pause(a)
        y = await pause(a)
    return a, x, y


async def two_managers():
    with CM("a") as a, CM("b") as b:
        v = await pause(a + b)
    return v


async def nested_raise():
    with CM("outer"):
        with CM("inner"):
            await pause("in")
            raise KeyError("after suspension")


async def suppressed():
    with CM("quiet", suppress=True):
        await pause("q")
        raise ValueError("swallowed")
    return "went on after suppression"


async def returns_from_body():
    for i in range(3):
        with CM(f"loop{i}"):
            v = await pause(i)
            if i == 1:
                return f"returned in loop {i} with {v}"


async def breaks_from_body():
    for i in range(3):
        with CM(f"loop{i}"):
            await pause(i)
            if i == 1:
                break
    return "after break"


async def make_cm(name):
    await pause("making " + name)
    return CM(name)


async def awaited_manager():
    with await make_cm("made") as m:
        return m + "!" + str(await pause(m))


print(run(body_awaits()))
print(run(two_managers()))
print(run(nested_raise()))
print(run(suppressed()))
print(run(returns_from_body()))
print(run(breaks_from_body()))
print(run(awaited_manager()))
print("throw into the body:")
print(run(body_awaits(), throw_at=1, exc=IndexError("thrown")))
print("throw into a suppressing manager:")
print(run(suppressed(), throw_at=1, exc=TypeError("thrown")))
print("close inside nested managers:")
c = nested_raise()
c.send(None)
c.close()
