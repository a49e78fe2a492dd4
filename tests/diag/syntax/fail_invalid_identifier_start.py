# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_invalid_identifier_start.py:5:1: error: invalid character '·' (U+00B7)
# U+00B7 may continue a name (Other_ID_Continue) but not start one.
x = 1
·a = 1
