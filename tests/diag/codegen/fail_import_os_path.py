# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Importing os.path imports os first: neither is provided.
import os.path as osp
# CHECK: fail_import_os_path.py:3:8: error: unsupported: module 'os.path' is not available in pyco2cpp
# CHECK-NEXT: {{^}}import os.path as osp
# CHECK-NEXT: {{^}}       ^
