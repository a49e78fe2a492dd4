# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 004_17d448dfeee676df.txt, code block 13 (lines 266-283),
# under "##### 5.3 await关键字 (示例：3)".
# Corrected copy of seed004_await_tabs_3.py: the tab-indented line got four
# spaces.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.
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

