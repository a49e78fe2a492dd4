# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# An annotated name cannot be global.
limit = 1
def configure():
    global limit
    limit: int = 5
# CHECK: fail_annotated_global.py:6:5: error: annotated name 'limit' can't be global
