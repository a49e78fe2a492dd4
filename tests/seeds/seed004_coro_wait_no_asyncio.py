# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Seed 004_17d448dfeee676df.txt, code block 17 (lines 369-383),
# under "##### 5.4 task对象 (示例3)".
# The block is kept exactly as in the seed. asyncio is never imported:
# asyncio.run raises NameError (status 1) and the two func() coroutines
# are never awaited (CPython reports them once: same message, same place).
# Both stderrs must hold the NameError (CPython's traceback printer may add
# a "Did you mean" hint: not checked) and the RuntimeWarnings:
# CHECK: {{^}}NameError: name 'asyncio' is not defined{{$}}
# CHECK: {{^}}sys:1: RuntimeWarning: coroutine 'func' was never awaited{{$}}


async def func():
    print('test')
    response = await asyncio.sleep(2)
    print('任务完成')
    return f'执行_____完成： {response}'


task_list = [
    func(),
    func()
]

done, padding = asyncio.run(asyncio.wait(task_list))
