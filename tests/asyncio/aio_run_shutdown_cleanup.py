# RUN: %difftest %s
# asyncio.run's clean-up when main returns with tasks still pending: they
# are cancelled (in creation order), their finally blocks may await more
# steps, one that swallows the cancellation and returns is left alone, one
# that raises another exception is reported as "unhandled exception during
# asyncio.run() shutdown"; tasks that finished earlier are not touched;
# main's result still comes back. asyncio.run cancels the tasks in the
# order of a set of tasks (by address in CPython: not deterministic), so each
# task's events are recorded and printed per task, sorted by task name.
import asyncio

events = {}


def note(tag, what):
    events.setdefault(tag, []).append(what)


def handler(loop, context):
    print("HANDLER:", context["message"], "|", repr(context.get("exception")),
          "|", context["task"].get_name() if "task" in context else "-")


async def polite(tag):
    try:
        await asyncio.sleep(1)
    finally:
        note(tag, "finally, step 1")
        await asyncio.sleep(0)
        note(tag, "finally, step 2")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        note("stubborn", "swallows the cancellation")
        await asyncio.sleep(0)
        note("stubborn", "returns")
        return "stubborn result"


async def angry():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        note("angry", "raises instead")
        raise LookupError("angry at shutdown")


async def quick():
    return "quick"


async def main():
    asyncio.get_running_loop().set_exception_handler(handler)
    await asyncio.create_task(quick(), name="quick")
    asyncio.create_task(polite("p1"), name="p1")
    asyncio.create_task(stubborn(), name="stubborn")
    asyncio.create_task(angry(), name="angry")
    asyncio.create_task(polite("p2"), name="p2")
    await asyncio.sleep(0)
    print("main returns")
    return "main result"


print(asyncio.run(main()))
print("after run")
for tag in sorted(events):
    print(tag, events[tag])
