# RUN: %difftest %s
# Floor division and modulo with negatives, divmod, pow (with modulus and
# negative exponents), abs, and true division results.
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 3), (1, 7), (-1, 7)]
for a, b in pairs:
    print(f"{a:>3} // {b:>2} = {a // b:>3}   {a:>3} % {b:>2} = {a % b:>3}   divmod = {divmod(a, b)}   / = {a / b}")
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, 7 % -2.5, divmod(7.5, 2), divmod(-7.5, 2))
print(pow(2, 10), pow(2, -2), pow(-2, 3), pow(3, 4, 5), pow(-3, 3, 7), pow(2, 100, 1000000007))
print(pow(7, -1, 11), 2 ** -1, (-8) ** 2, -8 ** 2, 2 ** 3 ** 2, 10 ** 0)
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-0.0))
print(10 / 4, 10 / 5, -10 / 4, 1 / 3, 2 / 3, 10 / 3, 9 / 3, 0 / 5)
print(round(7 / 2), round(-7 / 2), int(7 / 2), int(-7 / 2), int(-3.99), int(3.99))
print(17 % 5, -17 % 5, 17 % -5, -17 % -5, 3 % 1, 0 % 9)
print(5 // 0.5, 1e300 * 10, -1e300 * 10, 2 ** 0.5, 8 ** (1 / 3))
print(True + True, True * 10, False - 1, 3 + 2.0, 3 * 2.0, 7 // 2.0, type(7 // 2.0).__name__)
total = 0
for i in range(-10, 11):
    total += i % 3 - i // 4
print("checksum", total)
x = 17
x //= 3
print(x, end=" ")
x %= 4
print(x, end=" ")
x **= 5
print(x, end=" ")
x -= 100
print(x, end=" ")
x *= -2
print(x, end=" ")
x /= 8
print(x)
print(-7 >> 1, 7 >> 1, -1 << 3, 5 & -2, 5 | -8, 5 ^ -1, ~5, ~-1)
