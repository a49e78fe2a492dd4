# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 004_17d448dfeee676df.txt, code block 3 (lines 42-58),
# under "##### 3.1 greenlet 实现协程".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed004_greenlet_arrows_fixed.py (written by
# tests/greenlet/tools/make_greenlet_seed_tests.py).
# CHECK: seed004_greenlet_arrows.py:19:21: error: invalid syntax
from greenlet import greenlet

def func_1():
    print(1)
    gr2.switch()  # --- >跳到func_2
    print(2)
    gr2.switch()  # -- 跳到func_2

def func_2():
    print(3)
    gr1.switch()  ---> 跳到func_1
    print(4)

gr1 = greenlet(func_1)
gr2 = greenlet(func_2)

gr1.switch()  -- 跳到func_1 
