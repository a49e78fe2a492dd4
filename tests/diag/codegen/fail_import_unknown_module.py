# A module the runtime does not provide is a compile-time error at the import.
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
print("before")
from urllib import request
# CHECK: fail_import_unknown_module.py:4:1: error: unsupported: module 'urllib' is not available in pyco2cpp
# CHECK-NEXT: from urllib import request
# CHECK-NEXT: ^
