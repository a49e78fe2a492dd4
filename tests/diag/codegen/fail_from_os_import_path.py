# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# The module named after `from` must be one the runtime provides.
def join(a, b):
    from os import path
    return path.join(a, b)
# CHECK: fail_from_os_import_path.py:4:5: error: unsupported: module 'os' is not available in pyco2cpp
# CHECK-NEXT: {{^}}    from os import path
# CHECK-NEXT: {{^}}    ^
