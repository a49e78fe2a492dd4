# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 004_17d448dfeee676df.txt, code block 11 (lines 226-239),
# under "##### 5.3 await关键字 (示例:1)".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed004_aio_await_tabs_1_fixed.py (written by
# tests/coro/tools/make_coro_seed_tests.py).
# CHECK: seed004_await_tabs_1.py:14:38: error: IndentationError: unindent does not match any outer indentation level

import asyncio

async def func():
	print('test')
    response = await asyncio.sleep(2)
    print('任务执行完成', response)
    
async_obj = func()
asyncio.run(async_obj)
    



