# RUN: %difftest %s
# XFAIL: *
# Reason: cr_frame is a new partial view at each access (not the same object; no f_code, no f_locals).
# cr_frame is the coroutine's own frame object: the same object at every
# access while the coroutine lives, with its code (f_code) and its local
# variables (f_locals) as they stand at each suspension.
import types


@types.coroutine
def pause():
    yield


async def with_locals(a):
    b = a * 2
    await pause()
    c = b + 1
    await pause()
    return c


c = with_locals(5)
f = c.cr_frame
print("same object at each access:", c.cr_frame is f)
print("code:", f.f_code.co_name, f.f_code.co_argcount, f.f_code.co_varnames)
print("locals before start:", sorted(f.f_locals.items()))
c.send(None)
print("first pause:", sorted(c.cr_frame.f_locals.items()), c.cr_frame is f, f.f_lineno)
c.send(None)
print("second pause:", sorted(f.f_locals.items()), f.f_lineno)
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value, "cr_frame now", c.cr_frame)
