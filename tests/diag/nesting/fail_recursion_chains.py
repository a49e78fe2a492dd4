# Long chains of every kind end in CPython's RecursionError, never a crash:
# attributes, calls, subscripts, not, ~, conditional expressions, lambdas.
# RUN: %python -c "print('a = 1\nprint(a' + '.a' * 20000 + ')')" > %t.1.py
# RUN: not %pyco2cpp %t.1.py -o %t.1.cpp 2>&1 | FileCheck %s
# RUN: %python -c "print('f = 1\nprint(f' + '()' * 20000 + ')')" > %t.2.py
# RUN: not %pyco2cpp %t.2.py -o %t.2.cpp 2>&1 | FileCheck %s
# RUN: %python -c "print('a = 1\nprint(a' + '[0]' * 20000 + ')')" > %t.3.py
# RUN: not %pyco2cpp %t.3.py -o %t.3.cpp 2>&1 | FileCheck %s
# RUN: %python -c "print('print(' + 'not ' * 5000 + '1)')" > %t.4.py
# RUN: not %pyco2cpp %t.4.py -o %t.4.cpp 2>&1 | FileCheck %s
# RUN: %python -c "print('print(' + '~' * 5000 + '1)')" > %t.5.py
# RUN: not %pyco2cpp %t.5.py -o %t.5.cpp 2>&1 | FileCheck %s
# RUN: %python -c "print('print(' + '1 if 0 else ' * 5000 + '2)')" > %t.6.py
# RUN: not %pyco2cpp %t.6.py -o %t.6.cpp 2>&1 | FileCheck %s
# RUN: %python -c "print('print(' + ' * '.join(['2'] * 100000) + ')')" > %t.7.py
# RUN: not %pyco2cpp %t.7.py -o %t.7.cpp 2>&1 | FileCheck %s
# CHECK: error: RecursionError: maximum recursion depth exceeded during compilation
