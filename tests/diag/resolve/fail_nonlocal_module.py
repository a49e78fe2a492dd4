# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# nonlocal at module level.
import sys
nonlocal argv
# CHECK: fail_nonlocal_module.py:4:1: error: nonlocal declaration not allowed at module level
