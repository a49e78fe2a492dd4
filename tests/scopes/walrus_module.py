# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# At module level a comprehension's walrus target is a global.
found = [(latest := n) for n in range(3)]
print(latest)

# CHECK:module <module>
# CHECK-NEXT:  found: local
# CHECK-NEXT:  range: global implicit
# CHECK-NEXT:  latest: global explicit
# CHECK-NEXT:  print: global implicit
# CHECK-NEXT:  comprehension <listcomp> line 3
# CHECK-NEXT:    param .0: local
# CHECK-NEXT:    n: local
# CHECK-NEXT:    latest: global explicit
