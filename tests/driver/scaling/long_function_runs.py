# The same shape, smaller, compiled and run as CPython runs it: the names read
# after many assignments are still known bound (or checked) correctly.
# RUN: %python -c "print('def f(n):\n' + ''.join(f'    x{i} = {i}\n' for i in range(300)) + '    if n:\n        y = 1\n    print(x0 + x299, y if n else -1)\n    del x5\n    try:\n        print(x5)\n    except UnboundLocalError as e:\n        print(e)\nf(1)\nf(0)')" > %t.py
# RUN: %difftest %t.py
