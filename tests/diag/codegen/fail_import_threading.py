# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A module the runtime lacks, second in an import list: the error points at
# that name, after the provided one.
import sys, threading
print(threading.current_thread().name)
# CHECK: fail_import_threading.py:4:13: error: unsupported: module 'threading' is not available in pyco2cpp
# CHECK-NEXT: {{^}}import sys, threading
# CHECK-NEXT: {{^}}            ^
