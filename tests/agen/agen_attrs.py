# RUN: %difftest %s
# The async generator object's attributes through its life: ag_running,
# ag_await (the object awaited while suspended at an await, None at a yield,
# before start and after the end), ag_frame (None once finished) and
# ag_frame.f_lineno (the def line before start, then the suspension line),
# ag_code.co_name; __name__ and __qualname__ for functions, methods, nested
# functions; both writable with strings only ("__name__ must be set to a
# string object"); no gi_*/cr_* attributes, no __next__/__await__/send.
import types


@types.coroutine
def pause(tag):
    got = yield tag
    return got


class Awaitable:
    def __await__(self):
        return (yield "custom")


async def body():
    await pause("p")
    yield 1
    await Awaitable()
    yield 2


def state(ag, label):
    aw = ag.ag_await
    print(f"{label}: running={ag.ag_running} await={type(aw).__name__}"
          f"{'(' + aw.__name__ + ')' if hasattr(aw, '__name__') else ''} "
          f"line={ag.ag_frame.f_lineno if ag.ag_frame is not None else None}")


ag = body()
state(ag, "unstarted")
a = ag.__anext__()
print("sent:", a.send(None))
state(ag, "at await pause")
try:
    a.send(None)
except StopIteration as s:
    print("value", s.value)
state(ag, "at yield 1")
b = ag.__anext__()
print("sent:", b.send(None))
state(ag, "at await Awaitable")
try:
    b.send(None)
except StopIteration as s:
    print("value", s.value)
state(ag, "at yield 2")
try:
    ag.__anext__().send(None)
except StopAsyncIteration:
    print("end")
state(ag, "finished")
print("code name:", ag.ag_code.co_name, ag.ag_code.co_qualname)


class Owner:
    async def method(self):
        yield self

    @staticmethod
    async def static():
        yield 0

    @classmethod
    async def klass(cls):
        yield cls


def factory():
    async def local():
        yield 1
    return local


for ag in (body(), Owner().method(), Owner.static(), Owner.klass(), factory()()):
    print(ag.__name__, "|", ag.__qualname__)

ag = factory()()
ag.__name__ = "renamed"
ag.__qualname__ = "Some.renamed"
print(ag.__name__, ag.__qualname__, ag.ag_code.co_name)
print(repr(ag).startswith("<async_generator object Some.renamed at 0x"))
for attr, value in (("__name__", 5), ("__qualname__", None)):
    try:
        setattr(ag, attr, value)
    except TypeError as e:
        print("TypeError:", e)
for attr in ("ag_running", "ag_frame", "ag_await", "ag_code"):
    try:
        setattr(ag, attr, None)
    except AttributeError as e:
        print("AttributeError:", attr)
print([hasattr(ag, n) for n in ("gi_frame", "cr_frame", "gi_running", "ag_suspended",
                                 "__next__", "__iter__", "__await__", "send", "throw",
                                 "close", "__aiter__", "__anext__", "asend", "athrow",
                                 "aclose")])
