# RUN: %python -c "print(''.join(' ' * i + 'if 1:\n' for i in range(99)) + ' ' * 99 + 'print(99)')" > %t.py
# RUN: %difftest %t.py
