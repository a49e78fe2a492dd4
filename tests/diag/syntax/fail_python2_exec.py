# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_python2_exec.py:3:1: error: Missing parentheses in call to 'exec'. Did you mean exec(...)?
exec 'code'
