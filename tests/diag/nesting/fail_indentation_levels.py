# RUN: %python -c "print(''.join(' ' * i + 'if 1:\n' for i in range(100)) + ' ' * 100 + 'print(1)')" > %t.py
# RUN: not %pyco2cpp %t.py -o %t.cpp 2>&1 | FileCheck %s
# CPython's tokenizer keeps 100 indentation levels (MAXINDENT), the first included.
# CHECK: {{.*}}.py:101:1: error: IndentationError: too many levels of indentation
