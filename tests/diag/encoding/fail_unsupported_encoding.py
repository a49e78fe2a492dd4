# -*- coding: koi8-r -*-
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_unsupported_encoding.py:1:15: error: unsupported: source encoding 'koi8-r' (pyco2cpp reads utf-8, latin-1, ascii and cp1252)
print("а")
