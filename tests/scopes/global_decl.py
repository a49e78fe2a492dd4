# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# global makes a function's assignment a module global (explicit in the module too).
hits = 0
def record():
    global hits, created
    hits += 1
    created = True
def read():
    return hits + created

# CHECK:module <module>
# CHECK-NEXT:  hits: global explicit (bound 2)
# CHECK-NEXT:  record: local
# CHECK-NEXT:  created: global explicit
# CHECK-NEXT:  read: local
# CHECK-NEXT:  function record line 4
# CHECK-NEXT:    hits: global explicit
# CHECK-NEXT:    created: global explicit
# CHECK-NEXT:  function read line 8
# CHECK-NEXT:    hits: global implicit
# CHECK-NEXT:    created: global implicit
