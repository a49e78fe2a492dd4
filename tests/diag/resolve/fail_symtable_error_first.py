# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CPython reports symbol-table errors before compiler errors, whatever the line order.
return 0
def f(x):
    global x
# CHECK: fail_symtable_error_first.py:5:5: error: name 'x' is parameter and global
