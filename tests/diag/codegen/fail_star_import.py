# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
from math import *
# CHECK: fail_star_import.py:2:18: error: unsupported: 'from ... import *'
