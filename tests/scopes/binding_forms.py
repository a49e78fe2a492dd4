# RUN: %pyco2cpp --dump=scopes %s | FileCheck --strict-whitespace --match-full-lines %s
# Every binding form makes the name local for the whole function, even when read first.
import os
def forms(path):
    print(before)
    before = 1
    import os.path
    from sys import argv as arguments
    with open(path) as handle:
        pass
    try:
        pass
    except OSError as error:
        pass
    for i, *rest in []:
        pass
    counter += 1
    declared: int
    del gone
    class Inner:
        pass
    def helper():
        pass

# CHECK:module <module>
# CHECK-NEXT:  os: local
# CHECK-NEXT:  forms: local
# CHECK-NEXT:  function forms line 4
# CHECK-NEXT:    param path: local
# CHECK-NEXT:    print: global implicit
# CHECK-NEXT:    before: local
# CHECK-NEXT:    os: local
# CHECK-NEXT:    arguments: local
# CHECK-NEXT:    open: global implicit
# CHECK-NEXT:    handle: local
# CHECK-NEXT:    OSError: global implicit
# CHECK-NEXT:    error: local (unbindable)
# CHECK-NEXT:    i: local
# CHECK-NEXT:    rest: local
# CHECK-NEXT:    counter: local
# CHECK-NEXT:    declared: local
# CHECK-NEXT:    int: global implicit
# CHECK-NEXT:    gone: local (unbindable)
# CHECK-NEXT:    Inner: local
# CHECK-NEXT:    helper: local
# CHECK-NEXT:    class Inner line 20
# CHECK-NEXT:    function helper line 22
