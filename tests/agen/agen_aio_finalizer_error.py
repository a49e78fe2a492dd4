# RUN: %difftest %s
# RUN: %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: %t.prog > %t.prog.out 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: stderr-last-line
# An async generator abandoned by `break` under asyncio whose finally block
# raises: the loop's finalizer hook runs aclose() as a task, so the error
# ends up in that task, nobody retrieves it, and it is reported as "Task
# exception was never retrieved" with the task's coroutine shown as
# <<async_generator_athrow without __name__>()>; the program carries on and
# exits 0. Stdout pins down when the finally ran among main's steps.
import asyncio


async def bad():
    try:
        yield 1
        yield 2
    finally:
        print("finally raising")
        raise ValueError("boom")


async def main():
    async for x in bad():
        print("got", x)
        break
    print("after break")
    for i in range(4):
        await asyncio.sleep(0)
        print("step", i)


asyncio.run(main())
print("done")
# CHECK: Task exception was never retrieved
# CHECK-NEXT: future: <Task finished name='Task-2' coro=<<async_generator_athrow without __name__>()> exception=ValueError('boom')>
# CHECK-NEXT: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}agen_aio_finalizer_error.py", line 19, in bad
# CHECK-NEXT:     yield 1
# CHECK-NEXT: GeneratorExit
# CHECK-EMPTY:
# CHECK-NEXT: During handling of the above exception, another exception occurred:
# CHECK-EMPTY:
# CHECK-NEXT: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}agen_aio_finalizer_error.py", line 23, in bad
# CHECK-NEXT:     raise ValueError("boom")
# CHECK-NEXT: ValueError: boom
