# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_bom_bad_byte.py:3:7: error: (unicode error) 'utf-8' codec can't decode byte 0xff in position 1: invalid start byte
s = "aÿb"
