# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# Hooks that fail: a firstiter that raises makes the __anext__() call itself
# raise (no awaitable is returned), and it is not called again for that
# generator (the hooks count as initialised), so the next __anext__() works;
# a finalizer that raises when a generator is dropped is an unraisable
# exception ("Exception ignored in: <async_generator object ...>" on
# stderr, last line the finalizer's exception), the program goes on and the
# generator is not closed by anything else.
import sys


def bad_first(ag):
    print("bad_first called for", ag.__name__)
    raise KeyError("from firstiter")


def bad_fin(ag):
    print("bad_fin called for", ag.__name__)
    raise ValueError("from finalizer")


async def gen():
    try:
        yield 1
    finally:
        print("gen finally")


sys.set_asyncgen_hooks(bad_first, None)
g = gen()
try:
    g.__anext__()
except KeyError as e:
    print("anext raised", repr(e))
try:
    g.__anext__().send(None)
except StopIteration as s:
    print("second anext value", s.value)
sys.set_asyncgen_hooks(None, None)

del g
print("(no finalizer at first iteration: closed on the spot)")

sys.set_asyncgen_hooks(None, bad_fin)
g = gen()
try:
    g.__anext__().send(None)
except StopIteration as s:
    print("value", s.value)
print("dropping")
del g
print("after del")
sys.set_asyncgen_hooks(None, None)
