# RUN: %python -c "print('x = ' + '(' * 199 + '[1]' + ')' * 199 + '\nprint(x)')" > %t.py
# RUN: %difftest %t.py
# 200 levels (199 parentheses and a list display) are still a program.
