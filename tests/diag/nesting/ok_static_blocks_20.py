# RUN: %python -c "print(''.join(' ' * i + 'for i in [1]:\n' for i in range(20)) + ' ' * 20 + 'print(20)')" > %t.py
# RUN: %difftest %t.py
# 20 nested loops: the compiler's block stack is full, not over.
