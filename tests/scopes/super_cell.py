# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# super() and __class__ make the class provide a __class__ cell; an inner lambda passes it through.
class Base:
    def hello(self):
        return "base"
class Child(Base):
    def hello(self):
        return super().hello()
    def later(self):
        return lambda: super().hello()
    def cls(self):
        return __class__
    def plain(self):
        return self

# CHECK:module <module>
# CHECK-NEXT:  Base: local
# CHECK-NEXT:  Child: local
# CHECK-NEXT:  class Base line 3
# CHECK-NEXT:    hello: local
# CHECK-NEXT:    function hello line 4
# CHECK-NEXT:      param self: local
# CHECK-NEXT:  class Child line 6 (class cell)
# CHECK-NEXT:    hello: local
# CHECK-NEXT:    later: local
# CHECK-NEXT:    cls: local
# CHECK-NEXT:    plain: local
# CHECK-NEXT:    function hello line 7 (class cell)
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      super: global implicit
# CHECK-NEXT:      __class__: free
# CHECK-NEXT:    function later line 9 (class cell)
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      __class__: free
# CHECK-NEXT:      lambda <lambda> line 10 (class cell)
# CHECK-NEXT:        super: global implicit
# CHECK-NEXT:        __class__: free
# CHECK-NEXT:    function cls line 11 (class cell)
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      __class__: free
# CHECK-NEXT:    function plain line 13
# CHECK-NEXT:      param self: local
