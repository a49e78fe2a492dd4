# RUN: %difftest %s
# Counter's unary + and - (a new Counter of the positive counts, of the
# negated negative ones), and ~ unsupported.
from collections import Counter
c = Counter(a=3, b=-2, c=0, d=1)
print(+c, -c, type(+c), +Counter(), -Counter())
try:
    ~c
except TypeError as e:
    print(e)
