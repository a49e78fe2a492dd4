# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_mismatched_bracket.py:4:7: error: closing parenthesis '{{\]}}' does not match opening parenthesis '(' on line 3
x = (1,
     2]
