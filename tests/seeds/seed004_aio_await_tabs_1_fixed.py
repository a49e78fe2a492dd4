# RUN: env PYCO2CPP_VIRTUAL_CLOCK=1 %difftest %s
# Seed 004_17d448dfeee676df.txt, code block 11 (lines 226-239),
# under "##### 5.3 await关键字 (示例:1)".
# Corrected copy of seed004_await_tabs_1.py: the tab-indented line got four
# spaces.
# The compiled program runs under PYCO2CPP_VIRTUAL_CLOCK=1 (asyncio.sleep
# takes no time; CPython sleeps for real): what it prints does not
# depend on time.

import asyncio

async def func():
    print('test')
    response = await asyncio.sleep(2)
    print('任务执行完成', response)
    
async_obj = func()
asyncio.run(async_obj)
    



