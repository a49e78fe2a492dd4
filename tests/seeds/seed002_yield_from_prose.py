# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 002_75752d8b71f48ace.txt, code block 4 (lines 80-117),
# under "### 4 生成器（提升，不明白）".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed002_gen_yield_from_fixed.py (written by
# tests/gen/tools/make_gen_seed_tests.py).
# CHECK: seed002_yield_from_prose.py:9:40: error: invalid character '，' (U+FF0C)
直到PEP 380 为 Python 3.3 添加了 yield from之前，生成器都没有变动。严格来说，这一特性让你能够从迭代器（生成器刚好也是迭代器）中返回任何值，从而可以干净利索的方式重构生成器。

def lazy_range(up_to):
    """Generator to return the sequence of integers from 0 to up_to, exclusive."""
    index = 0
    def gratuitous_refactor():
        while index < up_to:
            yield index
            index += 1
    yield from gratuitous_refactor()
yield from 通过让重构变得简单，也让你能够将生成器串联起来，使返回值可以在调用栈中上下浮动，而不需对编码进行过多改动。




def bottom():
    # Returning the yield lets the value that goes up the call stack to come right back
    # down.
    return (yield 42)
 
def middle():
    return (yield from bottom())
 
def top():
    return (yield from middle())
 
# Get the generator.
gen = top()
value = next(gen)
print(value)  # Prints '42'.
try:
    value = gen.send(value * 2)
except StopIteration as exc:
    value = exc.value
print(value)  # Prints '84'.

总结
Python 2.2 中的生成器让代码执行过程可以暂停。Python 2.5 中可以将值返回给暂停的生成器，这使得 Python 中协程的概念成为可能。加上 Python 3.3 中的 yield from，使得重构生成器与将它们串联起来都很简单。
