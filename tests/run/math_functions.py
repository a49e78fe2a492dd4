# RUN: %difftest %s
# The math module: constants, roots, logs, trig, rounding, integer helpers.
import math

print(math.pi, math.e, math.tau, math.inf, -math.inf, math.isnan(math.nan))
print(math.sqrt(16), math.sqrt(2), math.isqrt(17), math.pow(2, 10), math.exp(1), math.exp(0))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.log(8, 2), math.log1p(0))
print(math.sin(0), math.cos(0), math.sin(math.pi / 2), round(math.cos(math.pi), 12), math.tan(0))
print(math.atan2(1, 1), math.degrees(math.pi), math.radians(180), math.hypot(3, 4), math.atan(1) * 4)
print(math.floor(-3.5), math.ceil(-3.5), math.trunc(3.9), math.fabs(-2), math.copysign(3, -0.0))
print(math.gcd(12, 18), math.gcd(0, 5), math.lcm(4, 6), math.factorial(12), math.comb(10, 3), math.perm(5, 2))
print(math.isclose(0.1 + 0.2, 0.3), math.isclose(1, 1.1), math.isfinite(1e308), math.isinf(-math.inf))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.prod([1, 2, 3, 4]), math.dist((0, 0), (3, 4)))
print(math.modf(3.75), math.frexp(8.0), math.ldexp(0.5, 4), math.fmod(-7, 3), -7 % 3)
for angle in range(0, 361, 45):
    r = math.radians(angle)
    print(f"{angle:>3} deg: sin={math.sin(r):+.4f} cos={math.cos(r):+.4f}")
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    math.log(0)
except ValueError as e:
    print("ValueError:", e)
try:
    math.factorial(-1)
except ValueError as e:
    print("ValueError:", e)
print(min(3, 1, 2), max([4, 9, 2]), abs(-7.25), sum(range(101)), divmod(17, 5), pow(2, 0.5))
