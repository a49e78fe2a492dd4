# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_print_statement.py:4:5: error: Missing parentheses in call to 'print'. Did you mean print(...)?
def show():
    print '1'
