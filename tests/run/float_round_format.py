# RUN: %difftest %s
# round() (banker's rounding, ndigits, negative ndigits), math.floor/ceil/trunc,
# and float formatting with str(), format specs and %.
import math

print([round(x) for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001]])
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2), round(3.14159, 3))
print(round(1234.5678, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(15, -1), round(25, -1))
print(type(round(2.5)).__name__, type(round(2.5, 1)).__name__, type(round(7, -1)).__name__, round(7), round(-0.4))
print(math.floor(2.7), math.floor(-2.7), math.ceil(2.1), math.ceil(-2.1), math.trunc(-2.7), math.trunc(2.7))
print(int(2.7), int(-2.7), math.floor(5), math.ceil(5.0), type(math.floor(2.5)).__name__)
values = [0.0, 1.0, -1.5, 3.14159, 1234567.891, 0.000012345, 1e100, 123.456e-10]
for v in values:
    print(f"{v!s:>22} | {v:12.3f} | {v:12.3e} | {v:10.4g} | {v:g} | %.2f | %10.1e" % (v, v))
print(str(1e16), str(1e15), str(123456789.0), str(0.1 + 0.2), str(1 / 7))
print(f"{1e16:f}", f"{1.5:.0f}", f"{0.5:.0f}", f"{2.5:.0f}", f"{1.25:.1f}", f"{1.35:.1f}")
print("%.3f %.0f %.10f %5.2f%%" % (2.0005, 0.5, 1 / 3, 99.999))
print("{:.2f} {:.3g} {:.1e} {:,.3f}".format(2 / 3, 2 / 3, 2 / 3, 1234567 / 3))
print(f"{100.0:g} {100000.0:g} {1000000.0:g} {1e-4:g} {1e-5:g} {123456.7:g} {1234567.0:.7g}")
print(f"{3.0:.2%} {0.0:e} {-0.0:f} {float('nan'):f} {float('inf'):e} {float('-inf'):g}")
print(f"{12.5:.1f} {0.05:.1f} {0.15:.1f} {0.25:.1f} {0.35:.1f} {0.45:.1f}")
print(format(1 / 3, ".5"), format(2.0, ""), format(1e20, ".3"), format(12.0, ".3"))
