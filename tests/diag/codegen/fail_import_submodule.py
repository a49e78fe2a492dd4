# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# collections is provided, its submodule abc is not: a dotted import needs
# every module it names.
from collections.abc import Iterable
# CHECK: fail_import_submodule.py:4:1: error: unsupported: module 'collections.abc' is not available in pyco2cpp
# CHECK-NEXT: {{^}}from collections.abc import Iterable
# CHECK-NEXT: {{^}}^
