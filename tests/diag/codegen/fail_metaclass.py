# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
class Meta(type):
    pass
class A(metaclass=Meta):
    pass
# CHECK: fail_metaclass.py:4:1: error: unsupported: class keywords (metaclass=...)
