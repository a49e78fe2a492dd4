# RUN: %python -c "print('x = 1\nprint(f\"{' + '(' * 200 + 'x' + ')' * 200 + '}\")')" > %t.py
# RUN: not %pyco2cpp %t.py -o %t.cpp 2>&1 | FileCheck %s
# An f-string field is parsed as "(field)": its implied parenthesis counts.
# CHECK: {{.*}}.py:2:{{[0-9]+}}: error: too many nested parentheses
# (Unprefixed, as CPython raises its tokenizer's errors inside a field:
# `f"{1_}"` is a plain "invalid decimal literal" too.)
# RUN: %python -c "print('print(f\"{1_}\")')" > %t.2.py
# RUN: not %pyco2cpp %t.2.py -o %t.2.cpp 2>&1 | FileCheck %s --check-prefix=DECIMAL
# DECIMAL: {{.*}}.py:1:{{[0-9]+}}: error: invalid decimal literal
