# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog > %t.prog.out 2> %t.prog.err
# RUN: count 0 < %t.prog.out
# RUN: FileCheck %s --check-prefix=ERR < %t.prog.err
# RUN: count 2 < %t.prog.err
# Seed 004_17d448dfeee676df.txt, code block 18 (lines 397-408),
# under "##### 5.5  asyncio.Future对象 (示例1：)".
# Corrected copy of seed004_future_missing_colon.py (which CPython rejects):
# the colon added, the tab-indented comment got spaces, and `import asyncio`
# (and two blank lines) put first: lines are 3 more than the seed's.
# main() awaits a future nobody completes: CPython waits forever.
# CPython hangs here. Its stdout, captured with a 3 s timeout, is
# the expected stdout; where each task waits comes from CPython's own
# task repr (a watchdog timer printed it). The compiled program must
# report the deadlock on stderr (runtime/src/loop/event_loop.cpp,
# report_deadlock) with those tasks, and fail (CHECK lines at the end).
import asyncio


async def main():
    # 获取当前事件循环
    loop = asyncio.get_running_loop()
    
    # 创建一个任务（Future对象）， 这个任务什么都不做
    fut = loop.create_future()
    
    # 等待任务最终的结果（future对象），没有结果则会一直等待下去。
    await fut
    
asyncio.run(main())

# ERR: {{^}}pyco2cpp: the event loop can never wake up: nothing is ready to run, no timer is pending, and nothing else can wake it (CPython would wait here forever){{$}}
# ERR-NEXT: {{^}}  'Task-1' waits at main() running at {{.*}}/seed004_aio_future_never_done.py:28{{$}}
