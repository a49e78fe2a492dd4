# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_non_utf8_truncated.py:4:6: error: Non-UTF-8 code starting with '\xe2' in file {{.*}}fail_non_utf8_truncated.py on line 4
# A three-byte sequence cut short by an ASCII byte.
s = "â‚A"
