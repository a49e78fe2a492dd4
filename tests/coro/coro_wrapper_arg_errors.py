# RUN: %difftest %s
# Wrong argument counts to the coroutine wrapper's methods: the TypeErrors
# name the method as CPython does, and the coroutine is left as it was.


async def coro():
    return 1


c = coro()
w = c.__await__()
for label, fn in (("send()", lambda: w.send()),
                  ("send(1, 2)", lambda: w.send(1, 2)),
                  ("send(value=1)", lambda: w.send(value=1)),
                  ("throw()", lambda: w.throw()),
                  ("close(1)", lambda: w.close(1))):
    try:
        fn()
    except TypeError as e:
        print(label, "TypeError:", e)
print("untouched:", c.cr_suspended, c.cr_frame is not None)
try:
    w.send(None)
except StopIteration as stop:
    print("then ran to", stop.value)
