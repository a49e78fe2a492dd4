# RUN: %difftest %s
# Custom asyncgen hooks around asyncio.run: while the loop runs, its own
# hooks replace them; afterwards the custom hooks are back. A generator
# first iterated before asyncio.run keeps the custom finalizer (hooks are
# captured at first iteration): dropped inside the loop, it is handed to
# the custom finalizer on the spot (which here just keeps it; it is closed
# by hand after the run),
# while one first iterated inside the loop gets the loop's finalizer
# (aclose scheduled as a task) and is registered for shutdown_asyncgens.
import asyncio
import sys

dropped_by_custom = []


def first(ag):
    print("  custom firstiter", ag.__name__)


def fin(ag):
    print("  custom finalizer", ag.__name__)
    dropped_by_custom.append(ag)


async def gen(tag):
    try:
        yield tag + "-1"
        await asyncio.sleep(0)
        yield tag + "-2"
    finally:
        print("  finally", tag)


async def main(box):
    early = box.pop()
    h = sys.get_asyncgen_hooks()
    print("inside run: custom hooks?", h.firstiter is first, h.finalizer is fin)
    print("early resumes:", await early.__anext__())
    del early
    print("dropped early inside the loop")
    g = gen("late")
    print("late:", await g.__anext__())
    del g
    print("dropped late")
    await asyncio.sleep(0)
    print("main after sleep 1")
    await asyncio.sleep(0)
    print("main after sleep 2")
    kept = gen("kept")
    print("kept:", await kept.__anext__())
    global kept_ref
    kept_ref = kept
    print("main end")


sys.set_asyncgen_hooks(first, fin)
early = gen("early")
try:
    early.__anext__().send(None)
except StopIteration as s:
    print("early first value", s.value)
box = [early]
del early
asyncio.run(main(box))
h = sys.get_asyncgen_hooks()
print("after run: custom hooks?", h.firstiter is first, h.finalizer is fin)
print("kept closed by shutdown:", kept_ref.ag_frame is None)
print("custom finalizer got:", [ag.ag_frame is not None for ag in dropped_by_custom])
c = dropped_by_custom[0].aclose()
try:
    c.send(None)
except StopIteration:
    print("closed it by hand")
sys.set_asyncgen_hooks(None, None)
