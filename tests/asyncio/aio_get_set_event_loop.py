# RUN: %difftest %s
# get_event_loop / set_event_loop / new_event_loop: the first
# get_event_loop() of the main thread makes a loop and keeps returning it;
# asyncio.run uses a loop of its own; set_event_loop(loop) and (None); the
# loop's repr while idle, running and closed; get_event_loop inside a
# running loop is the running loop even if another one is set.
import asyncio


async def inside(expected):
    loop = asyncio.get_running_loop()
    print("inside: running loop is expected", loop is expected)
    print("inside: get_event_loop is running", asyncio.get_event_loop() is loop)
    print("inside repr:", repr(loop))
    return "inside done"


first = asyncio.get_event_loop()
print(type(first).__name__, first.is_closed(), first is asyncio.get_event_loop())
print(repr(first))
print(first.run_until_complete(inside(first)))


async def main():
    return asyncio.get_running_loop()


run_loop = asyncio.run(main())
print("asyncio.run used its own loop:", run_loop is not first, "closed:", run_loop.is_closed())
# (get_event_loop() after asyncio.run: aio_get_event_loop_unset.py)
print("the first loop is not closed by that:", not first.is_closed())

n = asyncio.new_event_loop()
asyncio.set_event_loop(n)
print("set loop returned:", asyncio.get_event_loop() is n)
other = asyncio.new_event_loop()
print(other.run_until_complete(inside(other)))
print("set loop unchanged:", asyncio.get_event_loop() is n)
n.close()
print(repr(n), "still current:", asyncio.get_event_loop() is n)
asyncio.set_event_loop(None)
other.close()
first.close()
