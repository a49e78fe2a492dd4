# RUN: %pyco2cpp build %s -o %t
# RUN: not %t > %t.out 2> %t.err
# RUN: FileCheck --check-prefix=OUT %s < %t.out
# RUN: FileCheck --check-prefix=ERR %s < %t.err
# Beyond CPython (which waits forever here): when nothing is ready, no timer
# is pending and nothing else could wake the loop, the program says so,
# lists each pending task with where it waits, and exits with status 1.
import asyncio


async def stuck(f):
    await f


async def main():
    f = asyncio.get_running_loop().create_future()
    t = asyncio.create_task(stuck(f), name="helper")
    print("waiting")
    await t


asyncio.run(main())
# OUT: waiting
# ERR: pyco2cpp: the event loop can never wake up: nothing is ready to run, no timer is pending
# ERR-NEXT: 'Task-1' waits at main() running at {{.*}}asyncio_deadlock_report.py:19
# ERR-NEXT: 'helper' waits at stuck() running at {{.*}}asyncio_deadlock_report.py:12
