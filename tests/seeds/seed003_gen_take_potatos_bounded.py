# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 7 (lines 179-209),
# under "> 先介绍同步生成器".
# Changed (a bounded copy): the block asks take_potatos(50) of 5 potatoes and
# then spins forever in time.sleep(.1) once they run out; this copy asks for
# 5, prints each purchase, and drops the unused `import asyncio`.
import time
# import asyncio  (unused; removed so the test needs only generators)
import random
class Potato:
    @classmethod
    def make(cls, num, *args, **kws):
        potatos = []
        for i in range(num):
            potatos.append(cls.__new__(cls, *args, **kws))
        return potatos

all_potatos = Potato.make(5)

def take_potatos(num):
    count = 0
    while True:
        if len(all_potatos) == 0:
            time.sleep(.1)
        else:
            potato = all_potatos.pop()
            yield potato
            count += 1
            if count == num:
                break

def buy_potatos():
    bucket = []
    for p in take_potatos(5):
        bucket.append(p)
        print("bought", type(p).__name__, len(bucket), "left", len(all_potatos))  # added

buy_potatos()
