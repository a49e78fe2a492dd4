# Nested try statements: the outer entry covers the inner one's states.
# A generator expression is a generator over its `.0` iterator.
# RUN: %pyco2cpp --dump=sm %s | FileCheck %s
def nested():
    try:
        yield "a"
        try:
            yield "b"
        finally:
            yield "c"
    finally:
        pass
squares = (x * x for x in range(3))
# CHECK: generator nested line 4:
# CHECK: state 1: yield at line 6
# CHECK-NEXT: state 2: yield at line 8
# CHECK-NEXT: try entry [[INNER:[0-9]+]]: states 2
# CHECK-NEXT: state 3: yield at line 10
# The inner finally's clean-up runs inside a try of its own (it may yield
# while an exception is pending):
# CHECK-NEXT: try entry {{[0-9]+}}: states 3
# CHECK-NEXT: try entry {{[0-9]+}}: states 1 2 3
# CHECK: generator <genexpr> line 13:
# CHECK-NEXT: frame: func_ v__x2e0 v_x item_{{[0-9]+}}{{$}}
# CHECK-NEXT: state 1: yield at line 13
