# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_except_last.py:5:1: error: default 'except:' must be last
try:
    pass
except:
    pass
except ValueError:
    pass
