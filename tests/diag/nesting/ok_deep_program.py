# RUN: %python -c "print('x = ' + '+'.join(['1'] * 300) + '\nprint(x, ' + '-' * 300 + 'x, ' + 'not ' * 300 + 'x)\nf = ' + 'lambda: ' * 100 + '7\nprint(f' + '()' * 100 + ')')" > %t.py
# RUN: %difftest %t.py
# Deep but within CPython's limits: compiled and run as CPython runs it.
