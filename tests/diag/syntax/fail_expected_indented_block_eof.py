# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_expected_indented_block_eof.py:3:9: error: IndentationError: expected an indented block after class definition on line 3
class A:
