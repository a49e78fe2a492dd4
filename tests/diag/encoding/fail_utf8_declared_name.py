# coding: utf-8
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_utf8_declared_name.py:4:4: error: (unicode error) 'utf-8' codec can't decode bytes in position 3-4: invalid continuation byte
abcâ‚x = 1
