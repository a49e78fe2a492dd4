# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# The manifest lists the names of functools, heapq, itertools, math, random,
# sys, time and types too: one CPython's module has and the runtime's lacks
# is rejected at the import.
from random import randint, betavariate
# CHECK: fail_from_random_import_missing.py:5:29: error: unsupported: 'betavariate' of module 'random' is not available in pyco2cpp
