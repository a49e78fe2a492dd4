# A name of 'a' and 200,000 combining marks whose classes alternate (230,
# 220, ...) is checked and put in NFKC form in linear time: canonical
# ordering sorts each run of marks (swapping neighbours, as an insertion sort
# does, would be quadratic in it). The limit leaves room for a loaded machine.
# RUN: %python -c "import sys; sys.stdout.buffer.write(('x = 1\n' + 'a' + '\u0301\u0316' * 100000 + ' = x\n').encode())" > %t.py
# RUN: %python %srcdir/tests/tools/time_limit.py 8 %pyco2cpp --dump=tokens %t.py -o %t.tokens
