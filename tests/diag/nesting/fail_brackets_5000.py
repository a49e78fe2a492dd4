# RUN: %python -c "print('x = ' + '[' * 5000 + ']' * 5000)" > %t.py
# RUN: not %pyco2cpp %t.py -o %t.cpp 2>&1 | FileCheck %s
# 5000 nested brackets stop at the tokenizer's limit (it segfaulted the parser once).
# CHECK: {{.*}}.py:1:205: error: too many nested parentheses
