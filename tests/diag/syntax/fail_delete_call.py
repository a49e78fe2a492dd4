# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_delete_call.py:3:5: error: cannot delete function call
del f()
