# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# `m.x` on a module global bound only by `import m`, where x is a name
# CPython's module has and the runtime's lacks, is rejected where it is read,
# as `from m import x` is.
import collections


def make():
    return collections.UserDict()
# CHECK: fail_module_attribute_missing.py:9:12: error: unsupported: 'UserDict' of module 'collections' is not available in pyco2cpp
# CHECK-NEXT: {{^}}    return collections.UserDict()
# CHECK-NEXT: {{^}}           ^
