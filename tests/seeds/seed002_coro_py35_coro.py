# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 7 (lines 199-200),
# under "### 7. py3.5 从yield from到await".
# The block is kept exactly as in the seed: a definition, no output
# (the coroutine function is never called).
async def py35_coro():
    await stuff()
