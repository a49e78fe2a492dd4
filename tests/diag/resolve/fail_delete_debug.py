# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# __debug__ cannot be deleted.
del __debug__
# CHECK: fail_delete_debug.py:3:5: error: cannot delete __debug__
