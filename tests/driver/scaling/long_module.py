# A 40,000-line module transpiles in linear time (about 1.7 s here; the
# tokenizer's indentation and the symbol lookups made it 14.5 s before). The
# limit leaves room for a loaded machine.
# RUN: %python -c "print(''.join(f'x{i} = {i}\n' for i in range(40000)) + 'print(x1)')" > %t.py
# RUN: %python %srcdir/tests/tools/time_limit.py 8 %pyco2cpp %t.py -o %t.cpp
