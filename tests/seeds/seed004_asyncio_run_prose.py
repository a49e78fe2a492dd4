# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 004_17d448dfeee676df.txt, code block 10 (lines 195-207),
# under "##### 5.2 协程函数运行".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed004_aio_run_prose_fixed.py (written by
# tests/coro/tools/make_coro_seed_tests.py).
# CHECK: seed004_asyncio_run_prose.py:20:24: error: invalid character '，' (U+FF0C)
import asyncio

async def func():
    pass

res = func()

# 循环事件对象
loop = asyncio.get_event_loop()
loop.run_until_complete(res)

python_3.7之后使用一下方式就可以执行， run()中实现的就是上面1、创建事件循环，2、将任务加入事件循环中；
asyncio.run(res)
