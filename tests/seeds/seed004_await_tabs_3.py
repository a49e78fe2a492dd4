# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 004_17d448dfeee676df.txt, code block 13 (lines 266-283),
# under "##### 5.3 await关键字 (示例：3)".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed004_aio_await_tabs_3_fixed.py (written by
# tests/coro/tools/make_coro_seed_tests.py).
# CHECK: seed004_await_tabs_3.py:13:38: error: IndentationError: unindent does not match any outer indentation level
import asyncio

async def func():
	print('test')
    response = await asyncio.sleep(2)
    print('任务执行完成', response)
  
async def main():
    print('main')
    await func()
    print('main结束' )
    
    print('main2')
    await func()
    print('main结束2' )
async_obj = main()
asyncio.run(async_obj)

