# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 003_90882ea0a30126d8.txt, code block 10 (lines 322-324),
# under "> 异步生成器 (after the third example)".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed003_aio_py35_fixed.py (written by
# tests/coro/tools/make_coro_seed_tests.py).
# CHECK: seed003_py35_label.py:9:8: error: invalid syntax
Python 3.5
async def function():
    await asyncio.sleep(1)
