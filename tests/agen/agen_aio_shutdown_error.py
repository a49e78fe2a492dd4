# RUN: %difftest %s
# RUN: %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: %t.prog > %t.prog.out 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: stderr-last-line
# An async generator whose finally block raises while asyncio.run's
# shutdown_asyncgens() closes it: the error does not propagate (asyncio.run
# returns main's result, exit status 0); the loop's exception handler
# reports "an error occurred during closing of asynchronous generator
# <repr>" with an "asyncgen: <repr>" line and the traceback (GeneratorExit
# at the yield, then the finally's exception). Stdout shows the order;
# stderr is checked against CPython's text, the same checks for both.
import asyncio

kept = []


async def bad():
    try:
        yield 1
    finally:
        print("finally raising")
        raise ValueError("boom in finally")


async def main():
    g = bad()
    kept.append(g)
    print("value", await g.__anext__())
    print("main end")
    return 42


print("result", asyncio.run(main()))
print("after run")
# CHECK: an error occurred during closing of asynchronous generator <async_generator object bad at 0x{{[0-9a-f]+}}>
# CHECK-NEXT: asyncgen: <async_generator object bad at 0x{{[0-9a-f]+}}>
# CHECK-NEXT: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}agen_aio_shutdown_error.py", line 22, in bad
# CHECK-NEXT:     yield 1
# CHECK-NEXT: GeneratorExit
# CHECK-EMPTY:
# CHECK-NEXT: During handling of the above exception, another exception occurred:
# CHECK-EMPTY:
# CHECK-NEXT: Traceback (most recent call last):
# CHECK-NEXT:   File "{{.*}}agen_aio_shutdown_error.py", line 25, in bad
# CHECK-NEXT:     raise ValueError("boom in finally")
# CHECK-NEXT: ValueError: boom in finally
