# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 004_17d448dfeee676df.txt, code block 15 (lines 307-328),
# under "##### 5.4 task对象 (示例1)".
# The block is kept exactly as in the seed.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.
import asyncio

async def func():
    print('test')
    response = await asyncio.sleep(2)
    print('任务完成')
    return f'执行_____完成： {response}'


async def main():
    print('main')
    ret1 = asyncio.create_task(func())
    ret2 = asyncio.create_task(func())
    
    res1 = await ret1
    res2 = await ret2
    print('主线程运行')
    print('main结束2')


async_obj = main()
asyncio.run(async_obj)
