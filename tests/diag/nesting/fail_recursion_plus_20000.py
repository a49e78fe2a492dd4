# RUN: %python -c "print('print(' + '+'.join(['1'] * 20000) + ')')" > %t.py
# RUN: not %pyco2cpp %t.py -o %t.cpp 2>&1 | FileCheck %s
# A 20,000-term sum once segfaulted the translator. CPython 3.11 does not
# run it either: its compiler stops past 3000 nested statements and
# expressions (a left-leaning chain of 19,999 BinOps).
# CHECK: {{.*}}.py:1:{{[0-9]+}}: error: RecursionError: maximum recursion depth exceeded during compilation
