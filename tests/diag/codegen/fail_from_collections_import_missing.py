# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A name CPython's module has and the runtime's lacks (the manifest lists
# the names collections provides) is rejected at the import.
from collections import deque, UserDict
# CHECK: fail_from_collections_import_missing.py:4:32: error: unsupported: 'UserDict' of module 'collections' is not available in pyco2cpp
# CHECK-NEXT: {{^}}from collections import deque, UserDict
# CHECK-NEXT: {{^}}                               ^
