# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 000_25e87e8223c6b93d.txt, code block 3 (lines 118-146),
# under "#### asyncio实现协程".
# Corrected copy of seed000_asyncio_tabs.py (which CPython rejects): the
# tab-indented print got spaces, `async.run` became `asyncio.run`, and the
# unused `import gevent` became a comment (line numbers unchanged).
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.
# import gevent  (dropped: unused here, and gevent is a later issue)
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
    asyncio.run(main())
