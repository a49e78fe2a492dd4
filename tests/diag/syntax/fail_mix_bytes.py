# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_mix_bytes.py:3:13: error: cannot mix bytes and nonbytes literals
x = 'a' b'b'
