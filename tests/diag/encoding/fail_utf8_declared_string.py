# coding: utf-8
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_utf8_declared_string.py:4:11: error: (unicode error) 'utf-8' codec can't decode byte 0xe9 in position 3: unexpected end of data
print("café")
