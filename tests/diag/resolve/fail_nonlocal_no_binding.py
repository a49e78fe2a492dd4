# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# nonlocal needs a binding in an enclosing function (module globals do not count).
total = 0
def outer():
    def inner():
        nonlocal total
        total += 1
    return inner
# CHECK: fail_nonlocal_no_binding.py:6:9: error: no binding for nonlocal 'total' found
