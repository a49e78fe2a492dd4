# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# nonlocal through three levels: the middle function passes the cell on as free.
def outer():
    total = 0
    def middle():
        def inner():
            nonlocal total
            total += 1
            return total
        return inner
    return middle

# CHECK:module <module>
# CHECK-NEXT:  outer: local
# CHECK-NEXT:  function outer line 3
# CHECK-NEXT:    total: cell
# CHECK-NEXT:    middle: local
# CHECK-NEXT:    function middle line 5
# CHECK-NEXT:      inner: local
# CHECK-NEXT:      total: free
# CHECK-NEXT:      function inner line 6
# CHECK-NEXT:        total: free
