# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_augassign_tuple.py:3:1: error: 'tuple' is an illegal expression for augmented assignment
(a, b) += 1
