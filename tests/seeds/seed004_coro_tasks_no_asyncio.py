# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Seed 004_17d448dfeee676df.txt, code block 16 (lines 336-361),
# under "##### 5.4 task对象 (示例2)".
# The block is kept exactly as in the seed. asyncio is never imported:
# asyncio.run raises NameError (status 1) and main() is never awaited.
# Both stderrs must hold the NameError (CPython's traceback printer may add
# a "Did you mean" hint: not checked) and the RuntimeWarnings:
# CHECK: {{^}}NameError: name 'asyncio' is not defined
# CHECK: {{^}}sys:1: RuntimeWarning: coroutine 'main' was never awaited{{$}}

async def func():
    print('test')
    response = await asyncio.sleep(2)
    print('任务完成')
    return f'执行_____完成： {response}'


async def main():
    print('main')
    
    # 注意  name='n1' name修改3.8以上才能修改
    task_list = [
        asyncio.create_task(func(), name='n1'),
        asyncio.create_task(func(), name='n2')
    ]
    done, padding = await asyncio.wait(task_list, timeout=3)
    print(done)
    print(padding)
    print('主线程运行')


async_obj = main()
asyncio.run(async_obj)


