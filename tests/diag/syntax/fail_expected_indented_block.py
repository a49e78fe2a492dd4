# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_expected_indented_block.py:4:1: error: IndentationError: expected an indented block after 'for' statement on line 3
for i in range(3):
print(i)
