# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_expected_indented_block_def.py:5:1: error: IndentationError: expected an indented block after function definition on line 3
def f():

return 1
