# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fullwidth_keyword.py:5:5: error: invalid syntax
# A fullwidth keyword is a name (its NFKC text 'def' is no keyword token), so
# the name after it is the syntax error, as in CPython.
ｄｅｆ f(): pass
