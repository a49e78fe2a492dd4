# RUN: %difftest %s
# Seed 004_17d448dfeee676df.txt, code block 4 (lines 66-78),
# under "##### 3.2 yiled关键字实现协程".
# The block is kept exactly as in the seed.

def func_1():
    yield 1
    yield from func_2()
    yield 2

def func_2():
    yield 3
    yield 4

res = func_1()
for i in res:
    print(i)
