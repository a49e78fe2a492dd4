# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 004_17d448dfeee676df.txt, code block 18 (lines 397-408),
# under "##### 5.5  asyncio.Future对象 (示例1：)".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed004_aio_future_colon_fixed.py and
# seed004_aio_future_never_done.py (written by
# tests/coro/tools/make_coro_seed_tests.py).
# CHECK: seed004_future_missing_colon.py:10:17: error: expected ':'
async def main()
	# 获取当前事件循环
    loop = asyncio.get_running_loop()
    
    # 创建一个任务（Future对象）， 这个任务什么都不做
    fut = loop.create_future()
    
    # 等待任务最终的结果（future对象），没有结果则会一直等待下去。
    await fut
    
asyncio.run(main())

