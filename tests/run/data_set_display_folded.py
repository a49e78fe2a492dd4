# RUN: %difftest %s
# A set display whose items CPython's AST optimizer folds into constants
# (-1, 2 ** 40, 10 ** 20) is built through a frozenset constant, which fixes
# the printed order; codegen folds the same items.
print({-1, -2, -3, 0, 2 ** 40, 2 ** 61 - 1, 2 ** 61, 10 ** 20})
print({2 ** 3, -5, 1 << 4, 7 - 10, 100 // 3})
