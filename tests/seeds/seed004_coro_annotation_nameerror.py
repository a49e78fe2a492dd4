# RUN: %difftest %s
# RUN: not %python %s 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Seed 004_17d448dfeee676df.txt, code block 9 (lines 176-184),
# under "##### 5.2 协程函数".
# The block is kept exactly as in the seed. `func : 协程函数` (a tab after
# the colon) is an annotation: CPython evaluates it at module level and
# raises NameError (status 1); `res` is a coroutine never awaited, reported at
# the end.
# Both stderrs must hold the NameError (CPython's traceback printer may add
# a "Did you mean" hint: not checked) and the RuntimeWarnings:
# CHECK: {{^}}NameError: name '协程函数' is not defined{{$}}
# CHECK: {{^}}sys:1: RuntimeWarning: coroutine 'func' was never awaited{{$}}

async def func():
    pass

# 注意：初始化协程函数后，内部代码不会执行
res = func()

func : 	协程函数
res: 	协程对象
