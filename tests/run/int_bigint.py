# RUN: %difftest %s
# Arbitrary precision integers: powers, factorials, mixed arithmetic, conversions.
import math

print(2 ** 100, 2 ** 64, 2 ** 63 - 1, -(2 ** 63), 2 ** 64 + 1)
print(math.factorial(30), math.factorial(52))
big = 10 ** 30 + 7
print(big, big * big, big + 1, big - 10 ** 30, -big)
print(big // 3, big % 1000, divmod(big, 10 ** 15), -big // 7, -big % 7)
print(2 ** 200 // 3 ** 50, 3 ** 100 % 1000007, pow(3, 1000, 10 ** 9 + 7))
x = 1
for i in range(1, 26):
    x *= i
print("25! =", x, "digits:", len(str(x)))
print(9999999999999999 + 1, 9007199254740993, 123456789 * 987654321)
print(hex(2 ** 80), bin(2 ** 70)[:12], oct(8 ** 30), int("1" * 40), int("f" * 30, 16))
print(2 ** 100 == 1267650600228229401496703205376, 2 ** 64 > 2 ** 63, 10 ** 20 < 10 ** 21)
print(abs(-(10 ** 25)), max(2 ** 70, 3 ** 44), min(-(2 ** 70), 5))
print(float(2 ** 70), 2 ** 70 / 2 ** 60, int(1e20), int(-1.5e19), 2 ** 53 + 1.0)
print(str(2 ** 128)[-10:], len(str(7 ** 500)), sum([2 ** k for k in range(100)]))
print((2 ** 64) & 0xFFFF, (2 ** 64 - 1) & 0xFFFF, 1 << 100, (1 << 100) >> 98, ~(2 ** 65), -1 >> 1)
print((2 ** 100) ^ (2 ** 99), (2 ** 100) | 1, hash(2 ** 10), (10 ** 18) * (10 ** 18))
fib_a, fib_b = 0, 1
for _ in range(200):
    fib_a, fib_b = fib_b, fib_a + fib_b
print("fib(200) =", fib_a)
print(math.gcd(2 ** 100, 6 ** 50), math.isqrt(10 ** 40), (2 ** 100).bit_length())
print(f"{2 ** 100:,}", f"{2 ** 70:x}", f"{-(2 ** 65):>30}", "%d" % 3 ** 50)
print(int("-" + "9" * 30) + 1, -(10 ** 20) // 3, -(10 ** 20) % 3, divmod(-(10 ** 20), 7))
