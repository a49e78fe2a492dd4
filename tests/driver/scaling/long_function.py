# A function of 8,000 statements transpiles in linear time (about 0.4 s
# here; a copy of the bound-names set per statement made it 21.9 s and 2.5 GB).
# RUN: %python -c "print('def f():\n' + ''.join(f'    x{i} = {i}\n' for i in range(8000)) + '    return x1\nprint(f())')" > %t.py
# RUN: %python %srcdir/tests/tools/time_limit.py 8 %pyco2cpp %t.py -o %t.cpp
