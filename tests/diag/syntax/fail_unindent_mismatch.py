# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unindent_mismatch.py:5:10: error: IndentationError: unindent does not match any outer indentation level
if x:
        y = 1
    z = 2
