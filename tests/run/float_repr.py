# RUN: %difftest %s
# float repr is the shortest string that round-trips, exactly as CPython prints it.
values = [0.1, 0.2, 0.1 + 0.2, 1.0, -1.0, 0.0, -0.0, 1e16, 1e15, 123456789012345678.0,
          1e-5, 1e-4, 0.0001, 1.5e300, 1e308, 5e-324, 2.5, 1 / 3, 2 / 3, 100.0,
          1e22, 1e21, 1e-7, 3.141592653589793, 2.718281828459045, 1.7976931348623157e308,
          12345.678, 0.30000000000000004, 9007199254740993.0, 4.35, 0.1 * 3]
for v in values:
    print(repr(v), str(v), v)
print([0.1, 0.5, 1e16], (1e-5,), {"k": 2.0})
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, repr(inf), str(-inf), inf + 1, inf * -1, inf - inf, 0 * inf)
print(nan == nan, nan != nan, inf == inf, inf > 1e308, -inf < -1e308, nan > 0, nan < 0)
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023 * 2 == inf, 1e-320 / 10)
print(float("1e309"), float("-1e400"), float(10 ** 20), float(-(2 ** 53)))
print(0.1 + 0.7, 0.1 * 0.1, 1 - 0.9, 1.1 * 1.1, 3 * 1.1, 100 * 1.1, 0.57 * 100)
print(1.0 == 1, 0.5 == 1 / 2, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(sum([0.1] * 10), 0.1 * 10, 1e16 + 1, 1e16 + 2, 2 ** 0.5 * 2 ** 0.5)
print(int(2.9999999999999996), int(1e16), round(1e16), 1.5e300 * 1.5e300)
print(-0.0 == 0.0, str(-0.0), repr(-0.0 * 1), 0.0 * -1, abs(-0.0))
x = 0.0
for i in range(10):
    x += 0.1
print(x, x == 1.0, round(x, 10) == 1.0)
print(3.0, 3.10, 3.125, 1e0, 1e1, 1.5e-10, 123e-2, 1_000.25)
print(10 / 3 * 3, 7 / 7, 2 ** -1074, 1e-323)
