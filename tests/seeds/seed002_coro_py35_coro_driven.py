# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 7 (lines 199-200),
# under "### 7. py3.5 从yield from到await".
# Changed: a driver is appended (the block only defines py35_coro).
async def py35_coro():
    await stuff()
# added: drive the coroutine by hand; `stuff` is not defined yet, so the
# await fails inside the coroutine with NameError; then it is defined as a
# coroutine and awaited
c = py35_coro()
try:
    c.send(None)
except NameError as e:
    print('NameError:', e)


async def stuff():
    print('stuff ran')
    return 'stuff value'


try:
    py35_coro().send(None)
except StopIteration as e:
    print('py35_coro returned', e.value)

