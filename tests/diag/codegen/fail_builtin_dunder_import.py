# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Codegen knows every CPython builtin, those the runtime lacks too: naming
# __import__ is a compile-time error, not a NameError when the program runs.
math = __import__("math")
# CHECK: fail_builtin_dunder_import.py:4:8: error: unsupported: builtin '__import__' is not available in pyco2cpp
# CHECK-NEXT: {{^}}math = __import__("math")
# CHECK-NEXT: {{^}}       ^
