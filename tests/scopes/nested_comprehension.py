# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# An inner comprehension reading an outer comprehension's loop variable makes it a cell there.
def grid(n):
    return [[row * col for col in range(n)] for row in range(n)]

# CHECK:module <module>
# CHECK-NEXT:  grid: local
# CHECK-NEXT:  function grid line 3
# CHECK-NEXT:    param n: cell
# CHECK-NEXT:    range: global implicit
# CHECK-NEXT:    comprehension <listcomp> line 4
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      row: cell
# CHECK-NEXT:      range: global implicit
# CHECK-NEXT:      n: free
# CHECK-NEXT:      comprehension <listcomp> line 4
# CHECK-NEXT:        param .0: local
# CHECK-NEXT:        col: local
# CHECK-NEXT:        row: free
