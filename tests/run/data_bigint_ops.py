# RUN: %difftest %s
# Big integers: factorials, powers, shifts, divmod signs, bit operations on negatives.
f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)), f % 1000000007, f // 10 ** 150, f.bit_length(), sum(map(int, str(f))))
g = 1
for i in range(1, 301):
    g *= i
print(str(g)[:40], str(g)[-10:], len(str(g)), g // f // f // f % 1000)
a, b = 3 ** 200, -(7 ** 90)
for x, y in [(a, b), (b, a), (-a, b), (-a, -b), (a, 7), (-a, 7), (a, -7), (-a, -7), (7, a), (-7, a), (b, b)]:
    q, r = divmod(x, y)
    print(q, r, q * y + r == x, x // y == q, x % y == r)
print(a >> 100, -a >> 100, a << 70, -a << 3, -1 >> 1000, 1 >> 1000, (-a) >> 1000, 5 << 0, -5 >> 1)
print(a & b, a | b, a ^ b, ~a, -a & 0xFFFF, a & -a, (-a) | 0xFF, (-a) ^ (-b))
print(2 ** 64, -(2 ** 63), 2 ** 63 - 1 + 1, (2 ** 64) // -3, (-(2 ** 64)) % 7, 10 ** 30 // 10 ** 29, 10 ** 30 / 10 ** 28)
print(pow(3, 1000, 10 ** 9 + 7), pow(-3, 1001, 1000), pow(3, -1, 7), pow(123456789, 12345, 2 ** 61 - 1), pow(2, 10, -7))
print(abs(-a) == a, -(-a) == a, a == 3 ** 200, a != a + 1, a > b, b < 0, hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(2 ** 100))
print(int(str(a)) == a, int("-" + "9" * 50), int("1" * 30, 2), int("z" * 12, 36), int("0x" + "f" * 20, 16), int(" 1_000_000 "))
print(hex(a)[:20], oct(-a)[:20], bin(2 ** 70 + 1), format(a, "x")[-8:], format(-a, "#o")[:12], format(2 ** 70, ","), format(-(2 ** 70), "_"))
print(float(2 ** 100), float(-(3 ** 50)), 2 ** 100 / 3, int(1e20), int(-1.5e30), round(2 ** 100, -30), round(-(10 ** 40) + 5, -1))
print((2 ** 100).bit_count(), (-(2 ** 100) - 1).bit_length(), (10 ** 20).to_bytes(9, "big"), int.from_bytes(b"\xff" * 10, "little", signed=True))
print(max(a, b, 3), min([a, -a, 0]), sorted([a, -a, 0, 1, b]), sum([a, -a, 5]), a * 0, 0 * b, 1 * a == a)
print(2 ** 1000 % 997, (10 ** 50 + 1) * (10 ** 50 - 1) == 10 ** 100 - 1, 12345678901234567890 * 98765432109876543210)
print(divmod(-(10 ** 20), 3), divmod(10 ** 20, -3), -(10 ** 20) // 3, (10 ** 20) % -3, divmod(-7, 2), divmod(7, -2), divmod(-7, -2))
try:
    1 << -1
except ValueError as e:
    print("ValueError", e)
try:
    a >> -(2 ** 70)
except ValueError as e:
    print("ValueError", e)
try:
    divmod(a, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    a % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
