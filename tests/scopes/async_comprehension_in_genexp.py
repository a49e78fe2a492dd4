# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# An async list comprehension inside a generator expression makes the generator expression an async generator.
def outer(rows):
    return ([x async for x in row] for row in rows)

# CHECK:module <module>
# CHECK-NEXT:  outer: local
# CHECK-NEXT:  function outer line 3
# CHECK-NEXT:    param rows: local
# CHECK-NEXT:    comprehension <genexpr> line 4 (async generator, await)
# CHECK-NEXT:      suspends: 4:13 async comprehension
# CHECK-NEXT:      param .0: local
# CHECK-NEXT:      row: local
# CHECK-NEXT:      comprehension <listcomp> line 4 (coroutine, await)
# CHECK-NEXT:        param .0: local
# CHECK-NEXT:        x: local
