# RUN: %difftest %s
# REQUIRES: gevent
# Seed 004_17d448dfeee676df.txt, code block 3 (lines 42-58),
# under "##### 3.1 greenlet 实现协程".
# Corrected copy of seed004_greenlet_arrows.py, which CPython rejects:
# the two `--->` / `--` notes after gr1.switch() became comments (line
# numbers unchanged). Prints 1, 3, 2, 4; func_2 returns into main.
from greenlet import greenlet

def func_1():
    print(1)
    gr2.switch()  # --- >跳到func_2
    print(2)
    gr2.switch()  # -- 跳到func_2

def func_2():
    print(3)
    gr1.switch()  # ---> 跳到func_1
    print(4)

gr1 = greenlet(func_1)
gr2 = greenlet(func_2)

gr1.switch()  # -- 跳到func_1 
