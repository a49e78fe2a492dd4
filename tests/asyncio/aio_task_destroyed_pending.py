# RUN: %difftest %s
# "Task was destroyed but it is pending!": a task that goes away while still
# pending is reported to its loop's exception handler (here one that prints
# on stdout), even when the loop is already closed; a task that finished is
# not reported; the report comes when the last reference goes.
import asyncio


def handler(loop, context):
    print("HANDLER:", context["message"], "| keys:", sorted(context),
          "| task:", context["task"].get_name() if "task" in context else None)


async def never_started():
    print("not printed")


async def finishes():
    return 1


def main():
    loop = asyncio.new_event_loop()
    loop.set_exception_handler(handler)
    u = loop.create_task(finishes(), name="finished")
    loop.run_until_complete(u)
    t = loop.create_task(never_started(), name="unstarted")
    print("unstarted done?", t.done())
    print("closing the loop")
    loop.close()
    print("closed; dropping the finished task")
    del u
    print("dropping the pending task")
    del t
    print("after del")


main()
