# RUN: %python -c "print('x = 1\ny = ' + '(' * 201 + '1' + ')' * 201)" > %t.py
# RUN: not %pyco2cpp %t.py -o %t.cpp 2>&1 | FileCheck %s
# CPython's tokenizer keeps 200 levels of brackets (MAXLEVEL); the 201st
# opening one is the error.
# CHECK: {{.*}}.py:2:205: error: too many nested parentheses
