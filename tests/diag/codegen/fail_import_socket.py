# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A module the runtime lacks, second in an import list: the error points at
# that name, after the provided one.
import sys, socket
print(socket.gethostname())
# CHECK: fail_import_socket.py:4:13: error: unsupported: module 'socket' is not available in pyco2cpp
# CHECK-NEXT: {{^}}import sys, socket
# CHECK-NEXT: {{^}}            ^
