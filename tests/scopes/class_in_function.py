# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# A class body reads an enclosing function's local (free in the class); a method captures another; a class-local of the same name does not hide it from the method.
def make(base):
    label = "x"
    class Made:
        origin = base
        label = "class"
        def show(self):
            return label
    return Made

# CHECK:module <module>
# CHECK-NEXT:  make: local
# CHECK-NEXT:  function make line 3
# CHECK-NEXT:    param base: cell
# CHECK-NEXT:    label: cell
# CHECK-NEXT:    Made: local
# CHECK-NEXT:    class Made line 5
# CHECK-NEXT:      origin: local
# CHECK-NEXT:      base: free
# CHECK-NEXT:      label: local
# CHECK-NEXT:      show: local
# CHECK-NEXT:      function show line 8
# CHECK-NEXT:        param self: local
# CHECK-NEXT:        label: free
