# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# copy, like types, string, operator and dis, was once accepted by codegen
# although the runtime never registered it.
from copy import deepcopy
# CHECK: fail_import_copy.py:4:1: error: unsupported: module 'copy' is not available in pyco2cpp
# CHECK-NEXT: {{^}}from copy import deepcopy
# CHECK-NEXT: {{^}}^
