# -*- coding: latin-1 -*-
# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_bom_latin1.py:1:15: error: encoding problem: iso-8859-1 with BOM
print("hi")
