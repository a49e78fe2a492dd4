# RUN: %difftest %s
# Float formatting: round-half-even, 'g' at the extremes, '%', '#', signs, '=' alignment, 'z',
# zero padding with separators (none inside the padding of inf and nan).
for v in [0.5, 1.5, 2.5, -0.5, -1.5, 0.125, 0.375, 2.675, 1.005, 1e16 + 1, 123456789.5]:
    print(round(v), round(v, 1), round(v, 2), f"{v:.0f}", f"{v:.1f}", f"{v:.2f}", "%.0f" % v, format(v, ".3g"))
for v in [1e-300, 5e-324, 1.7976931348623157e308, 1e16, 1e15, 123456789012345678.0, 0.0001, 0.00001, -0.0, 1e100]:
    print(repr(v), str(v), f"{v:g}", f"{v:.3g}", f"{v:#g}", f"{v:e}", f"{v:.2E}", f"{v:G}", f"{v:.12g}")
for v in [0.25, -1234.5678, 1e6, 0.0]:
    print(f"{v:%}", f"{v:.1%}", f"{v:+.2f}", f"{v: .2f}", f"{v:=+12.2f}", f"{v:012.3f}", f"{v:<10.1f}|", f"{v:^12.2e}|", f"{v:,.2f}", f"{v:_.1f}")
print(f"{-0.0:z.1f}", f"{-0.0001:z.2f}", f"{0.0001:z.2f}", f"{-1e-9:z.3e}", f"{-0.0:.1f}", f"{-0.4:z.0f}", f"{-0.6:z.0f}")
print(f"{3.0:#.0f}", f"{3.0:#.0e}", f"{1.5:#g}", f"{100.0:#.3g}", f"{0.1:.20f}", f"{1/3:.17g}", f"{2/3:r}" if False else f"{2/3!r}")
print(format(float("inf"), "f"), format(float("-inf"), "+.2e"), format(float("nan"), "010.2f"), format(float("inf"), "=+10"), f"{float('nan'):%}")
print(str(1e22), str(1e21), str(1e-5), str(1.0e-4), repr(0.1 + 0.2), repr(1 / 3), repr(2 ** 0.5), 3.0 * 1.1, 1e23, 9007199254740993.0)
print(float("1_000.5"), float(" -inf "), float("1e500"), float("-0"), float(".5"), float("5."), float("0x10") if False else float.fromhex("0x1.8p1"), (0.1).hex(), (3.0).hex())
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (3.0).is_integer(), (3.5).is_integer(), int(-2.9), int(2.9), -7.5 // 2, -7.5 % 2, 7.5 % -2, divmod(-7.5, 2))
print(round(1234.5678, -2), round(-1234.5678, -1), round(5e-324, 400), round(1e300, -299), round(0.5 + 1e-16), round(2.5, 0), type(round(2.5)), type(round(2.5, 0)))
print("%e|%E|%g|%G|%f|%F" % (12345.678, 0.000012345, 1e-5, 1e20, 1.5, float("inf")), "%.3e" % 0.0, "%10.3f|%-10.2f|%+.1f" % (3.14159, 2.5, 0.05))
print(1e308 * 10, -1e308 * 10, 1e-320 / 10, 0.1 * 3 == 0.3, abs(-0.0), -0.0 == 0.0, hash(-0.0), hash(1.5), hash(float("inf")), int(1e18), int(1.5e19))
print(sum([0.1] * 10), 0.1 * 10, max(0.1, 0.10000000000000001), min(-0.0, 0.0), sorted([3.5, -1e-9, 2, True, -0.0, 0]))
for bad in ["{:d}", "{:,d}", "{:=s}"]:
    try:
        print(bad.format(1.5))
    except ValueError as e:
        print("ValueError", e)
try:
    print(float("abc"))
except ValueError as e:
    print("ValueError", e)
try:
    print(int(float("inf")))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(int(float("nan")))
except ValueError as e:
    print("ValueError", e)
for v in [float("inf"), float("-inf"), float("nan"), -1e-9, 1234.5]:
    print(format(v, "015,.2f"), format(v, "012,g"), format(v, "0=12,"), format(v, "011_"), format(v, "010,.1%"), format(v, "+015,.1e"),
          format(v, "z015,.0f"), format(v, "z.1f"), format(v, "z"))
