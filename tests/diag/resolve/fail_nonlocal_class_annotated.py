# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# A nonlocal name can't be annotated in a class body.
def make():
    mode = 1
    class Settings:
        nonlocal mode
        mode: int = 3
    return Settings
# CHECK: fail_nonlocal_class_annotated.py:7:9: error: annotated name 'mode' can't be nonlocal
