# RUN: %difftest %s
# coroutine.__await__() returns a coroutine_wrapper: an iterator over the
# coroutine (iter() gives itself back; next() and send() resume the
# coroutine; throw() and close() reach it), so a coroutine can be driven by a
# for loop, list(), or `yield from` in a plain generator. Several wrappers of
# one coroutine drive the same coroutine. (__next__ and __iter__ called by
# name: coro_wrapper_methods.py; argument errors: coro_wrapper_arg_errors.py.)
import types


@types.coroutine
def emit(v):
    return (yield v)


async def three():
    a = await emit(1)
    b = await emit(2)
    c = await emit(3)
    return (a, b, c)


c = three()
w = c.__await__()
print("iter(w) is w:", iter(w) is w)
print("for loop over the wrapper:", [x for x in w])
print("coroutine finished:", c.cr_frame is None)

print("list():", list(three().__await__()))

c = three()
w = c.__await__()
print(next(w), w.send("A"), w.send("B"))
try:
    w.send("C")
except StopIteration as stop:
    print("StopIteration value:", stop.value)

# Two wrappers, one coroutine.
c = three()
w1, w2 = c.__await__(), c.__await__()
print("distinct wrappers:", w1 is not w2)
print(next(w1), next(w2), next(w1))
try:
    next(w2)
except StopIteration as stop:
    print("w2 saw the end:", stop.value)


# A plain generator delegating to the wrapper gets the return value.
def gen():
    result = yield from three().__await__()
    yield ("result", result)


print(list(gen()))

# throw() and close() through the wrapper.
c = three()
w = c.__await__()
next(w)
try:
    w.throw(KeyError("k"))
except KeyError as e:
    print("thrown through:", e, c.cr_frame is None)

c = three()
w = c.__await__()
next(w)
w.close()
print("closed through the wrapper:", c.cr_frame is None)

# The wrapper keeps the coroutine alive.
w = three().__await__()
print("orphan wrapper:", next(w), next(w), next(w))
w.close()
