# CPython's limit, to the node: print(1+...+1) with 2998 terms is 3000 deep
# (the statement, the call, 2997 BinOps, the last constant); 2999 terms are not.
# RUN: %python -c "print('print(' + '+'.join(['1'] * 2998) + ')')" > %t.ok.py
# RUN: %pyco2cpp %t.ok.py -o %t.ok.cpp --no-format
# RUN: %python -c "print('print(' + '+'.join(['1'] * 2999) + ')')" > %t.bad.py
# RUN: not %pyco2cpp %t.bad.py -o %t.bad.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}.bad.py:1:7: error: RecursionError: maximum recursion depth exceeded during compilation
# The same for a right-leaning chain (statement, call, 2997 unary minus, constant)
# and for elif chains (each elif an If inside the one before).
# RUN: %python -c "print('print(' + '-' * 2997 + '1)')" > %t.ok2.py
# RUN: %pyco2cpp %t.ok2.py -o %t.ok2.cpp --no-format
# RUN: %python -c "print('print(' + '-' * 2998 + '1)')" > %t.bad2.py
# RUN: not %pyco2cpp %t.bad2.py -o %t.bad2.cpp 2>&1 | FileCheck %s --check-prefix=UNARY
# UNARY: {{.*}}.bad2.py:1:{{[0-9]+}}: error: RecursionError: maximum recursion depth exceeded during compilation
# RUN: %python -c "print('x = 5\nif x == 0: pass\n' + ''.join(f'elif x == {i}: pass\n' for i in range(1, 2998)))" > %t.ok3.py
# RUN: %pyco2cpp %t.ok3.py -o %t.ok3.cpp --no-format
# RUN: %python -c "print('x = 5\nif x == 0: pass\n' + ''.join(f'elif x == {i}: pass\n' for i in range(1, 2999)))" > %t.bad3.py
# RUN: not %pyco2cpp %t.bad3.py -o %t.bad3.cpp 2>&1 | FileCheck %s --check-prefix=ELIF
# ELIF: {{.*}}.bad3.py:{{[0-9]+}}:{{[0-9]+}}: error: RecursionError: maximum recursion depth exceeded during compilation
