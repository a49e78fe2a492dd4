# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An async comprehension inside a plain list comprehension of a plain
# def: CPython reports the outer comprehension (its column).
async def rows(n):
    yield n
def collect(ns):
    return [[y async for y in rows(n)] for n in ns]
# CHECK: fail_async_comp_inside_listcomp_plain_def.py:7:12: error: asynchronous comprehension outside of an asynchronous function
