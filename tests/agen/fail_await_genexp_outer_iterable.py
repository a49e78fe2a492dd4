# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# The outermost iterable of a generator expression is evaluated in the
# enclosing plain def, so awaiting there is an error (awaiting in the
# element is allowed: it makes the genexp an async generator).
def lazy(pending):
    return (x for x in await pending)
# CHECK: fail_await_genexp_outer_iterable.py:6:24: error: 'await' outside async function
