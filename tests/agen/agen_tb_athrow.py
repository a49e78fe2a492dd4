# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# An exception thrown into an async generator with athrow(), not handled
# there, and not caught by the driver: the traceback has the driver's frame
# (<module>, the send line) and the generator's frame at the yield where it
# was suspended.


async def stream():
    n = 0
    while True:
        try:
            yield n
        except KeyError:
            print("KeyError handled")
        n += 1


ag = stream()
try:
    ag.__anext__().send(None)
except StopIteration as s:
    print("first", s.value)
try:
    ag.athrow(KeyError("k")).send(None)
except StopIteration as s:
    print("after KeyError", s.value)
err = OverflowError("thrown in")
aw = ag.athrow(err)
aw.send(None)
