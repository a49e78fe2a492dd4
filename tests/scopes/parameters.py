# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# Every parameter form is a local; defaults and annotations are evaluated in the enclosing scope.
default = 3
def f(a, /, b: int = default, *args, c, d=default, **kwargs) -> str:
    return a, b, args, c, d, kwargs
g = lambda x, *ys, z=default, **kw: x

# CHECK:module <module>
# CHECK-NEXT:  default: local
# CHECK-NEXT:  f: local
# CHECK-NEXT:  int: global implicit
# CHECK-NEXT:  str: global implicit
# CHECK-NEXT:  g: local
# CHECK-NEXT:  function f line 4
# CHECK-NEXT:    param a: local
# CHECK-NEXT:    param b: local
# CHECK-NEXT:    param c: local
# CHECK-NEXT:    param d: local
# CHECK-NEXT:    param args: local
# CHECK-NEXT:    param kwargs: local
# CHECK-NEXT:  lambda <lambda> line 6
# CHECK-NEXT:    param x: local
# CHECK-NEXT:    param z: local
# CHECK-NEXT:    param ys: local
# CHECK-NEXT:    param kw: local
