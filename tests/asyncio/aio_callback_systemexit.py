# RUN: %difftest %s
# SystemExit raised by a plain callback is not reported like other
# exceptions from callbacks: it leaves run_forever at once (the rest of
# that iteration does not run), the loop is left stopped and can run again,
# and uncaught it ends the program with its status.
import asyncio
import sys


def quit_with(code):
    print("callback exits with", code)
    sys.exit(code)


def main():
    loop = asyncio.new_event_loop()
    loop.call_soon(print, "before")
    loop.call_soon(quit_with, 5)
    loop.call_soon(print, "after (runs in the next run_forever)")
    try:
        loop.run_forever()
    except SystemExit as e:
        print("caught SystemExit", e.code, "running:", loop.is_running())
    loop.call_soon(loop.stop)
    loop.run_forever()
    print("second run finished")

    async def coro():
        await asyncio.sleep(0)
        loop.call_soon(quit_with, 7)
        await asyncio.sleep(1)

    try:
        loop.run_until_complete(coro())
    finally:
        print("run_until_complete left by SystemExit")
        loop.close()


main()
print("never printed")
