# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_keyword_expression.py:3:3: error: expression cannot contain assignment, perhaps you meant "=="?
f(a.b=1)
