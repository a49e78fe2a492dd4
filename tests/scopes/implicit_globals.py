# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# Names bound nowhere enclosing are implicit globals (builtins included), even in nested functions.
def outer():
    def inner():
        return len(undefined_name) + helper()
    return inner
def helper():
    return 1

# CHECK:module <module>
# CHECK-NEXT:  outer: local
# CHECK-NEXT:  helper: local
# CHECK-NEXT:  function outer line 3
# CHECK-NEXT:    inner: local
# CHECK-NEXT:    function inner line 4
# CHECK-NEXT:      len: global implicit
# CHECK-NEXT:      undefined_name: global implicit
# CHECK-NEXT:      helper: global implicit
# CHECK-NEXT:  function helper line 7
