# RUN: %difftest %s
# XFAIL: *
# Reason: str() of an int and a comparison of ints are not nested calls here (CPython's PyObject_Str and COMPARE_OP count one level each, with their message suffixes); containers' repr/str/== do count since issue 11's deep-nesting fix.
# Generators with many locals live across yields (a large frame inside each
# local generator loop's iterator), consumed normally and by a function that
# recurses through such loops until RecursionError: the depth reached is
# CPython's, also when the generator calls str() (which CPython counts as
# one more level) at the deepest level.
def wide(n):
    v0 = n; v1 = n + 1; v2 = n + 2; v3 = n + 3; v4 = n + 4; v5 = n + 5
    v6 = n + 6; v7 = n + 7; v8 = n + 8; v9 = n + 9; v10 = n + 10; v11 = n + 11
    w0 = str(v0); w1 = str(v1); w2 = str(v2); w3 = str(v3); w4 = str(v4)
    w5 = str(v5); w6 = str(v6); w7 = str(v7); w8 = str(v8); w9 = str(v9)
    for i in range(3):
        yield v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + i
        yield w0 + w1 + w2 + w3 + w4 + w5 + w6 + w7 + w8 + w9

reached = 0

def deep_wide(depth):
    global reached
    reached = depth
    for x in wide(depth):
        deep_wide(depth + 1)

def use_wide():
    print([x for x in wide(1)][:2])
    total = 0
    for x in wide(2):
        if type(x) is int:
            total += x
    print("total", total)
    try:
        deep_wide(0)
    except RecursionError as e:
        print("RecursionError:", e, "reached", reached)

use_wide()

def wide_ints(n):
    v0 = n; v1 = n + 1; v2 = n + 2; v3 = n + 3; v4 = n + 4; v5 = n + 5
    v6 = n + 6; v7 = n + 7; v8 = n + 8; v9 = n + 9; v10 = n + 10; v11 = n + 11
    for i in range(2):
        yield v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7 + v8 + v9 + v10 + v11 + i
        yield v0 * v11

def deep_wide_ints(depth):
    global reached
    reached = depth
    for x in wide_ints(depth):
        deep_wide_ints(depth + 1)

try:
    deep_wide_ints(0)
except RecursionError as e:
    print("ints only: RecursionError:", e, "reached", reached)
