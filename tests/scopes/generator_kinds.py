# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# yield / yield from make generators; so do generator expressions and lambdas with yield.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
def delegate(n):
    result = yield from count(n)
    return result
def plain():
    return (x for x in count(3))
echo = lambda: (yield)

# CHECK:module <module>
# CHECK-NEXT:  count: local
# CHECK-NEXT:  delegate: local
# CHECK-NEXT:  plain: local
# CHECK-NEXT:  echo: local
# CHECK-NEXT:  function count line 3 (generator, yield)
# CHECK-NEXT:    suspends: 6:9 yield
# CHECK-NEXT:    param n: local
# CHECK-NEXT:    i: local (bound 2)
# CHECK-NEXT:  function delegate line 8 (generator, yield)
# CHECK-NEXT:    suspends: 9:14 yield from
# CHECK-NEXT:    param n: local
# CHECK-NEXT:    result: local
# CHECK-NEXT:    count: global implicit
# CHECK-NEXT:  function plain line 11
# CHECK-NEXT:    count: global implicit
# CHECK-NEXT:    comprehension <genexpr> line 12 (generator)
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      x: local
# CHECK-NEXT:  lambda <lambda> line 13 (generator, yield)
# CHECK-NEXT:    suspends: 13:17 yield
