# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Every module of the runtime that CPython has is checked against CPython's
# dir() (runtime/manifest/cpython_module_names.def): threading's Lock exists
# in CPython and not in the runtime, so it is rejected at the import, not an
# ImportError when the program runs.
from threading import Thread, Lock
# CHECK: fail_from_threading_import_missing.py:6:31: error: unsupported: 'Lock' of module 'threading' is not available in pyco2cpp
