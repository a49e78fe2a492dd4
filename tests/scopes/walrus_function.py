# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# A walrus inside a comprehension binds in the enclosing function.
def first_big(values):
    if any((hit := v) > 10 for v in values):
        return hit
    return [[(last := v) for v in values] for _ in values], last

# CHECK:module <module>
# CHECK-NEXT:  first_big: local
# CHECK-NEXT:  function first_big line 3
# CHECK-NEXT:    param values: cell
# CHECK-NEXT:    any: global implicit
# CHECK-NEXT:    hit: cell
# CHECK-NEXT:    last: cell
# CHECK-NEXT:    comprehension <genexpr> line 4 (generator)
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      v: local
# CHECK-NEXT:      hit: free
# CHECK-NEXT:    comprehension <listcomp> line 6
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      _: local
# CHECK-NEXT:      values: free
# CHECK-NEXT:      last: free
# CHECK-NEXT:      comprehension <listcomp> line 6
# CHECK-NEXT:        param .0: local
# CHECK-NEXT:        v: local
# CHECK-NEXT:        last: free
