# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 000_25e87e8223c6b93d.txt, code block 3 (lines 118-146),
# under "#### asyncio实现协程".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed000_asyncio_tabs_fixed.py (written by
# tests/coro/tools/make_coro_seed_tests.py).
# CHECK: seed000_asyncio_tabs.py:28:1: error: TabError: inconsistent use of tabs and spaces in indentation
import gevent
import asyncio

def calc_time(func):
    def warpper(*args, **kwargs):
        start_time = time.time()
        func(*args, **kwargs)
        end_time = time.time()
        print(f'执行时间是：{end_time - start_time}')
    return warpper

async def work1():
    for i in range(5):
        await asyncio.sleep(1)
        print(f'听音乐...{i}')
        
async def work2():
    for i in range(5):
        await asyncio.sleep(1)
    	print(f'打游戏...{i}')
        
async def main():
    task1 = asyncio.create_task(work1())
    task2 = asyncio.create_task(work2())
    await task1
    await task2
    
if __name__ == "__main__":
    async.run(main())
