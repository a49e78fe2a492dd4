# RUN: %difftest %s
# Arithmetic on literals that CPython's optimiser folds (ints within its
# 128-bit limits, floats, str and bytes repetition within 4096 items) gives
# the same values as at run time, and a tuple of such values is one constant;
# what would raise (`1/0`, `1 << -1`, `0 ** -1`) or what CPython does not fold
# still raises at run time.
import sys


def folded():
    return (10**30, 2**64 - 1, 1 << 100, -(2**63), 2**63, -(2**63) - 1, ~5, -(-5), +7, 7 // -2, -7 % 3,
            -7 // 2, 7 % -3, 1 / 3, 2.5 * 4, 1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1 - 0.5, 3 / 2.0,
            "ab" * 3, 2 * "é", b"x" * 4, "a" + "b", b"a" + b"b", 3 * "", "" * -2, 1 << 127, 2**64 * 2**63,
            10**38, 10**39, 7 >> 1, -7 >> 1, -7 >> 200, 5 & 3 | 8 ^ 1, -6 & 0xFF, 0**0, 0**5, 2**-1,
            (-2) ** 63, (-2) ** 127, 2**127, 0x7FFFFFFFFFFFFFFF + 1, -0.0, -(0.0 * -1), 12345678901234567890 * 3,
            1 << 64 >> 3, 3 ** 80, 2 ** 0.5, 1.5 // 0.5, 7.5 % 2, "x" * 4096, len("y" * 4097))


def big_ints():
    return (2**64 + 0, 2**64 + 1, 2**64 + 2, 2**64 + 3, 2**64 + 4, 2**64 + 5, 2**64 + 6, 2**64 + 7, 2**64 + 8, 2**64 + 9, 2**64 + 10, 2**64 + 11, 2**64 + 12, 2**64 + 13, 2**64 + 14, 2**64 + 15, 2**64 + 16, 2**64 + 17, 2**64 + 18, 2**64 + 19, 2**64 + 20, 2**64 + 21, 2**64 + 22, 2**64 + 23, 2**64 + 24, 2**64 + 25, 2**64 + 26, 2**64 + 27, 2**64 + 28, 2**64 + 29, 2**64 + 30, 2**64 + 31, 2**64 + 32, 2**64 + 33, 2**64 + 34, 2**64 + 35, 2**64 + 36, 2**64 + 37, 2**64 + 38, 2**64 + 39, 2**64 + 40, 2**64 + 41, 2**64 + 42, 2**64 + 43, 2**64 + 44, 2**64 + 45, 2**64 + 46, 2**64 + 47, 2**64 + 48, 2**64 + 49, 2**64 + 50, 2**64 + 51, 2**64 + 52, 2**64 + 53, 2**64 + 54, 2**64 + 55, 2**64 + 56, 2**64 + 57, 2**64 + 58, 2**64 + 59, 2**64 + 60, 2**64 + 61, 2**64 + 62, 2**64 + 63, 2**64 + 64, 2**64 + 65, 2**64 + 66, 2**64 + 67, 2**64 + 68, 2**64 + 69)


def small_ints():
    return (0 * 3 - 1, 1 * 3 - 1, 2 * 3 - 1, 3 * 3 - 1, 4 * 3 - 1, 5 * 3 - 1, 6 * 3 - 1, 7 * 3 - 1, 8 * 3 - 1, 9 * 3 - 1, 10 * 3 - 1, 11 * 3 - 1, 12 * 3 - 1, 13 * 3 - 1, 14 * 3 - 1, 15 * 3 - 1, 16 * 3 - 1, 17 * 3 - 1, 18 * 3 - 1, 19 * 3 - 1, 20 * 3 - 1, 21 * 3 - 1, 22 * 3 - 1, 23 * 3 - 1, 24 * 3 - 1, 25 * 3 - 1, 26 * 3 - 1, 27 * 3 - 1, 28 * 3 - 1, 29 * 3 - 1, 30 * 3 - 1, 31 * 3 - 1, 32 * 3 - 1, 33 * 3 - 1, 34 * 3 - 1, 35 * 3 - 1, 36 * 3 - 1, 37 * 3 - 1, 38 * 3 - 1, 39 * 3 - 1, 40 * 3 - 1, 41 * 3 - 1, 42 * 3 - 1, 43 * 3 - 1, 44 * 3 - 1, 45 * 3 - 1, 46 * 3 - 1, 47 * 3 - 1, 48 * 3 - 1, 49 * 3 - 1, 50 * 3 - 1, 51 * 3 - 1, 52 * 3 - 1, 53 * 3 - 1, 54 * 3 - 1, 55 * 3 - 1, 56 * 3 - 1, 57 * 3 - 1, 58 * 3 - 1, 59 * 3 - 1, 60 * 3 - 1, 61 * 3 - 1, 62 * 3 - 1, 63 * 3 - 1, 64 * 3 - 1, 65 * 3 - 1, 66 * 3 - 1, 67 * 3 - 1, 68 * 3 - 1, 69 * 3 - 1)


r = folded()
for v in r:
    print(type(v).__name__, v if not isinstance(v, str) or len(v) < 20 else len(v))
print(folded() is folded(), big_ints() is big_ints(), small_ints() is small_ints())
print(sum(big_ints()), sum(small_ints()), len(big_ints()))
x = 2**64
y = 2**64
print(x is y, x == y)


def show(e):
    print(type(e).__name__, e)


try:
    1 / 0
except ZeroDivisionError as e:
    show(e)
try:
    z = 1 // 0
except ZeroDivisionError as e:
    show(e)
try:
    z = 5 % 0
except ZeroDivisionError as e:
    show(e)
try:
    z = 1.0 / 0
except ZeroDivisionError as e:
    show(e)
try:
    z = 1 << -1
except ValueError as e:
    show(e)
try:
    z = 0 ** -1
except ZeroDivisionError as e:
    show(e)
try:
    z = 10.0 ** 400
except OverflowError as e:
    show(e)
try:
    z = "a" + 1
except TypeError as e:
    show(e)
try:
    z = "a" * 10**30
except OverflowError as e:
    show(e)
try:
    z = -"a"
except TypeError as e:
    show(e)
try:
    z = ~1.5
except TypeError as e:
    show(e)
try:
    z = 1 >> -3
except ValueError as e:
    show(e)
print((1 << 200) == 2**200, 2**200 - 1 == (1 << 200) - 1, -(2**200))
