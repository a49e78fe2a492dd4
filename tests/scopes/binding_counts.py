# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# How many places bind each name, and which names a del or an except-as can
# unbind. `import a.b` binds `a`; a function's `global` binding counts for the
# module; a private name is counted under its mangled name.
def collections():
    pass
import collections.abc
def once():
    pass
def rebinds():
    global once
    once = None
class C:
    def m(self, __p):
        del __p
        try:
            pass
        except Exception as __e:
            pass
        (a, b), [c] = del_me = 1, 2
        del (a, [b])
        return c, del_me
# CHECK:module <module>
# CHECK-NEXT:  collections: local (bound 2)
# CHECK-NEXT:  once: global explicit (bound 2)
# CHECK-NEXT:  rebinds: local
# CHECK-NEXT:  C: local
# CHECK-NEXT:  function collections line 5
# CHECK-NEXT:  function once line 8
# CHECK-NEXT:  function rebinds line 10
# CHECK-NEXT:    once: global explicit
# CHECK-NEXT:  class C line 13
# CHECK-NEXT:    m: local
# CHECK-NEXT:    function m line 14
# CHECK-NEXT:      param self: local
# CHECK-NEXT:      param _C__p: local (bound 2, unbindable)
# CHECK-NEXT:      Exception: global implicit
# CHECK-NEXT:      _C__e: local (unbindable)
# CHECK-NEXT:      a: local (bound 2, unbindable)
# CHECK-NEXT:      b: local (bound 2, unbindable)
# CHECK-NEXT:      c: local
# CHECK-NEXT:      del_me: local
