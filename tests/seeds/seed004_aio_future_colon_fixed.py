# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Seed 004_17d448dfeee676df.txt, code block 18 (lines 397-408),
# under "##### 5.5  asyncio.Future对象 (示例1：)".
# Corrected copy of seed004_future_missing_colon.py (which CPython rejects):
# the colon added, the tab-indented comment got spaces. asyncio is still
# not imported: NameError at asyncio.run, status 1, main() never awaited.
# Both stderrs must hold the NameError (CPython's traceback printer may add
# a "Did you mean" hint: not checked) and the RuntimeWarnings:
# CHECK: {{^}}NameError: name 'asyncio' is not defined{{$}}
async def main():
    # 获取当前事件循环
    loop = asyncio.get_running_loop()
    
    # 创建一个任务（Future对象）， 这个任务什么都不做
    fut = loop.create_future()
    
    # 等待任务最终的结果（future对象），没有结果则会一直等待下去。
    await fut
    
asyncio.run(main())

