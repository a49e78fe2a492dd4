# RUN: %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %pyco2cpp build %s -o %t.prog 2>&1 | FileCheck %s --implicit-check-not=error: --implicit-check-not=warning:
# RUN: %difftest %s
# CPython's compile-time SyntaxWarning for `is` with a literal: printed as a
# warning with its caret, one per comparison; not an error (lit's pipefail:
# pyco2cpp must still exit 0), and the program is compiled and runs as under
# CPython.
x = 1
print(x is 1)
# CHECK: warn_is_literal.py:[[@LINE-1]]:7: warning: "is" with a literal. Did you mean "=="?
# CHECK-NEXT: {{^}}print(x is 1)
# CHECK-NEXT: {{^}}      ^
print(x is not (1, -2.5, "s", None), -1 is x is ())
# CHECK: warn_is_literal.py:[[@LINE-1]]:7: warning: "is not" with a literal. Did you mean "!="?
# CHECK: warn_is_literal.py:[[@LINE-2]]:38: warning: "is" with a literal. Did you mean "=="?
print(f"{x is b'x'}")
# CHECK: warn_is_literal.py:[[@LINE-1]]:10: warning: "is" with a literal. Did you mean "=="?
# None, True, False and ... may be compared with `is`; a list display is not
# a constant, and `not 1` folds to False.
print(x is None, x is not True, x is ..., x is [1], x is (not 1), x is (x,))
