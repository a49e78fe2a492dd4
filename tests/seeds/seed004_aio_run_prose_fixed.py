# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# Seed 004_17d448dfeee676df.txt, code block 10 (lines 195-207),
# under "##### 5.2 协程函数运行".
# Corrected copy of seed004_asyncio_run_prose.py (which CPython rejects): the
# prose line became a comment. `res` is awaited by run_until_complete,
# then asyncio.run(res) reuses it: RuntimeError, status 1.
import asyncio

async def func():
    pass

res = func()

# 循环事件对象
loop = asyncio.get_event_loop()
loop.run_until_complete(res)

# python_3.7之后使用一下方式就可以执行， run()中实现的就是上面1、创建事件循环，2、将任务加入事件循环中；
asyncio.run(res)
