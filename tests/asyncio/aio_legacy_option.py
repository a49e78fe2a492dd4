# RUN: env PYTHONPATH=%srcdir/tests/coro/tools/asyncio_legacy %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: count 6 < %t.py.err
# RUN: %pyco2cpp build --asyncio-legacy %s -o %t.prog
# RUN: %t.prog > %t.prog.out 2> %t.prog.err
# RUN: diff %t.py.out %t.prog.out
# RUN: FileCheck %s < %t.prog.err
# RUN: count 6 < %t.prog.err
# --asyncio-legacy against CPython 3.11 with the 3.10 asyncio prelude
# (tests/coro/tools/asyncio_legacy/sitecustomize.py): @asyncio.coroutine,
# asyncio.wait on bare coroutines (awaited from __main__'s coroutine: its
# DeprecationWarning shows, once per line; run as a task's own coroutine by
# run_until_complete: its caller is the loop, nothing shows), 3.10's message
# for an empty wait(), as_completed on coroutines (unchanged in 3.11).
import asyncio


@asyncio.coroutine
def gen_coro(n):
    yield from asyncio.sleep(0)
    return n * 2


async def child(n):
    await asyncio.sleep(0.01 * n)
    return n


async def main():
    done, pending = await asyncio.wait([child(2), child(1)])
    print(sorted(t.result() for t in done), pending)
    for _ in range(2):
        done, pending = await asyncio.wait([child(3)])
        print([t.result() for t in done])
    print(await gen_coro(21))
    print(asyncio.iscoroutine(gen_coro(1)))
    for f in asyncio.as_completed([child(1), child(0)]):
        print(await f)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)


asyncio.run(main())
loop = asyncio.new_event_loop()
done, pending = loop.run_until_complete(asyncio.wait([child(1)]))
print(len(done), len(pending))
loop.close()
# CHECK: {{.*}}/aio_legacy_option.py:18: DeprecationWarning: "@coroutine" decorator is deprecated since Python 3.8, use "async def" instead
# CHECK-NEXT: {{^}}  @asyncio.coroutine
# CHECK: {{.*}}/aio_legacy_option.py:30: DeprecationWarning: The explicit passing of coroutine objects to asyncio.wait() is deprecated since Python 3.8, and scheduled for removal in Python 3.11.
# CHECK-NEXT: {{^}}  done, pending = await asyncio.wait([child(2), child(1)])
# CHECK: {{.*}}/aio_legacy_option.py:33: DeprecationWarning: The explicit passing of coroutine objects to asyncio.wait() is deprecated since Python 3.8, and scheduled for removal in Python 3.11.
# CHECK-NEXT: {{^}}  done, pending = await asyncio.wait([child(3)])
