# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# Class-body names are not visible to methods; a method's name resolves globally.
size = 1
class Box:
    size = 2
    doubled = size * 2
    def get(self):
        return size
    def method_names(self):
        return get

# CHECK:module <module>
# CHECK-NEXT:  size: local
# CHECK-NEXT:  Box: local
# CHECK-NEXT:  class Box line 4
# CHECK-NEXT:    size: local
# CHECK-NEXT:    doubled: local
# CHECK-NEXT:    get: local
# CHECK-NEXT:    method_names: local
# CHECK-NEXT:    function get line 7
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      size: global implicit
# CHECK-NEXT:    function method_names line 9
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      get: global implicit
