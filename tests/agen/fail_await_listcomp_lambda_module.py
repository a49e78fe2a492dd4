# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A lambda whose body is a list comprehension with await (a genexp
# would be allowed, a list comprehension is not).
fetch_all = lambda pending: [await p for p in pending]
# CHECK: fail_await_listcomp_lambda_module.py:4:29: error: asynchronous comprehension outside of an asynchronous function
