# RUN: %difftest %s
# sys.set_asyncgen_hooks / sys.get_asyncgen_hooks with hand-written hooks,
# no asyncio: get returns a named 2-tuple (firstiter, finalizer); firstiter
# is called once per generator, with the generator, when its first
# awaitable is *created* (__anext__/asend/athrow/aclose, before any send);
# the finalizer is called instead of the built-in close when a generator
# whose hooks were initialised is dropped unfinished (even if it never
# ran: creating aclose() was enough), and not when it finished or was never
# iterated; the finalizer in effect at first iteration is the one used,
# even after the hooks are changed; keyword and positional forms; setting
# one leaves the other; the TypeErrors for non-callables and extra args.
import sys


def first(ag):
    print("  firstiter:", ag.__name__, "frame alive:", ag.ag_frame is not None,
          "running:", ag.ag_running)


def fin(ag):
    print("  finalizer:", ag.__name__, "frame alive:", ag.ag_frame is not None)
    c = ag.aclose()
    try:
        c.send(None)
    except StopIteration:
        print("  closed by the finalizer")


def other_fin(ag):
    print("  other finalizer (never called)")


async def gen(n):
    try:
        yield n
        yield n + 1
    finally:
        print("  finally", n)


def step(ag):
    try:
        ag.__anext__().send(None)
    except StopIteration as s:
        print("  value", s.value)
    except StopAsyncIteration:
        print("  end")


h = sys.get_asyncgen_hooks()
print(type(h).__name__, h, h.firstiter, h[1], len(h))
sys.set_asyncgen_hooks(first, fin)
h = sys.get_asyncgen_hooks()
print(h.firstiter is first, h.finalizer is fin, h[0] is first)

print("created:")
g = gen(1)
print("asend created:")
a = g.asend(None)
print("second awaitable created:")
b = g.__anext__()
print("sending:")
try:
    a.send(None)
except StopIteration as s:
    print("  value", s.value)
del a, b
print("dropping g:")
del g
print("dropped")

print("never iterated, dropped:")
g = gen(10)
del g
print("only aclose() created, dropped:")
g = gen(20)
x = g.aclose()
del x
del g
print("finished, dropped:")
g = gen(30)
for _ in range(3):
    step(g)
del g
print("hooks changed after the first iteration:")
g = gen(40)
step(g)
sys.set_asyncgen_hooks(firstiter=None, finalizer=other_fin)
print(" ", sys.get_asyncgen_hooks().finalizer is other_fin)
del g
print("dropped")

print("setting one leaves the other:")
sys.set_asyncgen_hooks(None, None)
sys.set_asyncgen_hooks(first)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer)
sys.set_asyncgen_hooks(finalizer=fin)
print(sys.get_asyncgen_hooks().firstiter is first, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(firstiter=None)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks()
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
print("errors:")
for args, kwargs in (((5,), {}), ((), {"finalizer": "x"}), ((1, 2, 3), {}),
                     ((), {"other": 1})):
    try:
        sys.set_asyncgen_hooks(*args, **kwargs)
    except TypeError as e:
        print("  TypeError:", e)
print(sys.get_asyncgen_hooks().firstiter, sys.get_asyncgen_hooks().finalizer is fin)
sys.set_asyncgen_hooks(None, None)
print(sys.get_asyncgen_hooks())
