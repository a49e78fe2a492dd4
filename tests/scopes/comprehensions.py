# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# Each comprehension is its own scope; the outermost iterable is evaluated outside it.
def build(rows, keys):
    squares = [r * r for r in rows if r]
    unique = {k for k in keys}
    table = {k: v for k, v in zip(keys, rows)}
    lazy = (r + 1 for r in rows)
    pairs = [(r, c) for r in rows for c in range(r)]
    return squares, unique, table, lazy, pairs

# CHECK:module <module>
# CHECK-NEXT:  build: local
# CHECK-NEXT:  function build line 3
# CHECK-NEXT:    param rows: local
# CHECK-NEXT:    param keys: local
# CHECK-NEXT:    squares: local
# CHECK-NEXT:    unique: local
# CHECK-NEXT:    table: local
# CHECK-NEXT:    zip: global implicit
# CHECK-NEXT:    lazy: local
# CHECK-NEXT:    pairs: local
# CHECK-NEXT:    comprehension <listcomp> line 4
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      r: local
# CHECK-NEXT:    comprehension <setcomp> line 5
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      k: local
# CHECK-NEXT:    comprehension <dictcomp> line 6
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      k: local
# CHECK-NEXT:      v: local
# CHECK-NEXT:    comprehension <genexpr> line 7 (generator)
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      r: local
# CHECK-NEXT:    comprehension <listcomp> line 8
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      r: local
# CHECK-NEXT:      c: local
# CHECK-NEXT:      range: global implicit
