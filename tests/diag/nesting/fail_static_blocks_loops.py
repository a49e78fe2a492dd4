# RUN: %python -c "print(''.join(' ' * i + 'for i in [1]:\n' for i in range(21)) + ' ' * 21 + 'print(1)')" > %t.py
# RUN: not %pyco2cpp %t.py -o %t.cpp 2>&1 | FileCheck %s
# The compiler's block stack holds 20 blocks per code object (CO_MAXBLOCKS).
# CHECK: {{.*}}.py:21:21: error: too many statically nested blocks
