# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# Private names inside a class are stored mangled (_Secret__key), as CPython does.
class Secret:
    __key = 1
    def reveal(self, __salt):
        __local = self.__key
        return __local, __salt, __dunder__

# CHECK:module <module>
# CHECK-NEXT:  Secret: local
# CHECK-NEXT:  class Secret line 3
# CHECK-NEXT:    _Secret__key: local
# CHECK-NEXT:    reveal: local
# CHECK-NEXT:    function reveal line 5
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      param _Secret__salt: local
# CHECK-NEXT:      _Secret__local: local
# CHECK-NEXT:      __dunder__: global implicit
