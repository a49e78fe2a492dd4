# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# os is not in the runtime's manifest: the import is rejected where it is
# written, not left to raise ModuleNotFoundError when the program runs.
print("before")
import os
# CHECK: fail_import_os.py:5:8: error: unsupported: module 'os' is not available in pyco2cpp
# CHECK-NEXT: {{^}}import os
# CHECK-NEXT: {{^}}       ^
