# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# A generator's suspension points wherever an expression of its own scope
# runs: for and with targets, class bases and keywords, decorators, defaults,
# a comprehension's outermost iterable; not inside nested scopes' own code.
def g(d, cm):
    for d[(yield 1)] in [0]:
        pass
    with cm as d[(yield 2)]:
        pass
    class A((yield 3), key=(yield 4)):
        pass
    x = [y for y in (yield 5)]
    @(yield 6)
    def f(a=(yield 7)):
        return (yield 8)
    return lambda b=(yield 9): b
# CHECK:module <module>
# CHECK-NEXT:  g: local
# CHECK-NEXT:  function g line 5 (generator, yield)
# CHECK-NEXT:    suspends: 6:12 yield, 8:19 yield, 10:14 yield, 10:29 yield, 12:22 yield, 14:14 yield, 13:7 yield, 16:22 yield
# CHECK-NEXT:    param d: local
# CHECK-NEXT:    param cm: local
# CHECK-NEXT:    A: local
# CHECK-NEXT:    x: local
# CHECK-NEXT:    f: local
# CHECK-NEXT:    class A line 10
# CHECK-NEXT:    comprehension <listcomp> line 12
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      y: local
# CHECK-NEXT:    function f line 14 (generator, yield)
# CHECK-NEXT:      suspends: 15:17 yield
# CHECK-NEXT:      param a: local
# CHECK-NEXT:    lambda <lambda> line 16
# CHECK-NEXT:      param b: local
