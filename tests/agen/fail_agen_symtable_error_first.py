# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Two errors: the return with a value in an async generator comes first
# in the file, but CPython reports the yield inside a comprehension first
# (a symbol-table error, found before any compiler error).
async def stream():
    yield 1
    return 2
def later(rows):
    return [(yield r) for r in rows]
# CHECK: fail_agen_symtable_error_first.py:9:14: error: 'yield' inside list comprehension
