# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# A local read by an inner function becomes a cell there and free inside.
def counter(start):
    count = start
    def step():
        return count + 1
    return step

# CHECK:module <module>
# CHECK-NEXT:  counter: local
# CHECK-NEXT:  function counter line 3
# CHECK-NEXT:    param start: local
# CHECK-NEXT:    count: cell
# CHECK-NEXT:    step: local
# CHECK-NEXT:    function step line 5
# CHECK-NEXT:      count: free
