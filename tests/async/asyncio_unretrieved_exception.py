# RUN: %difftest %s
# RUN: %pyco2cpp run %s 2>&1 >/dev/null | FileCheck %s
# A task whose exception nobody retrieves is reported on stderr when it goes
# (CPython's default exception handler); the program goes on. Under the
# virtual clock the two-second sleep takes no time and reads as two seconds.
# RUN: %pyco2cpp build %s -o %t.bin && env PYCO2CPP_VIRTUAL_CLOCK=1 %t.bin | FileCheck --check-prefix=OUT %s
import asyncio
import time


async def fail():
    raise ValueError("lost")


async def main():
    t = asyncio.create_task(fail())
    await asyncio.sleep(0.01)
    del t
    print("main done")
    start = time.monotonic()
    await asyncio.sleep(2)
    print(round(time.monotonic() - start))


asyncio.run(main())
print("after")
# CHECK: Task exception was never retrieved
# CHECK-NEXT: future: <Task finished name='Task-2' coro=<fail() done, defined at {{.*}}asyncio_unretrieved_exception.py:11> exception=ValueError('lost')>
# CHECK-NEXT: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}asyncio_unretrieved_exception.py", line 12, in fail
# CHECK-NEXT:     raise ValueError("lost")
# CHECK-NEXT: ValueError: lost
# OUT: main done
# OUT-NEXT: 2
# OUT-NEXT: after
