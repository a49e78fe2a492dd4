# RUN: %difftest %s
# int <-> str in every base, prefixes, underscores, signs, whitespace, and the errors.
for base in [2, 3, 7, 8, 10, 16, 36]:
    print(base, int("101", base), int("-0000101", base), int("  +1_0_1\n", base))
for text, base in [("0x1F", 0), ("0o17", 0), ("0b1010", 0), ("0_0", 0), ("1_000", 0), ("0X_ff", 16), ("0B1", 2), ("zz", 36), ("ZZ", 36), ("-0b11", 0), ("٣٤", 10), ("１２", 10)]:
    print(repr(text), base, int(text, base))
for n in [0, 1, -1, 255, -255, 2 ** 64, -(2 ** 100) + 1]:
    print(bin(n), oct(n), hex(n), format(n, "b"), format(n, "#010x"), format(n, "+o"), format(n, "X"), format(n, "_b")[:20], str(n), repr(n))
print(format(1234567, ","), format(-1234567, "_"), format(1234567, "015,"), format(12, "c"), format(65, "^5c"), format(10 ** 25, "e"), format(7, "08.3f"), format(-3, "%"))
print(int("9" * 40) + 1, int("-" + "1" * 25, 2), int(10 ** 30 / 7), int(" 42 "), int(True), int(-0.9), int("0"), int("-0"), int("+7"))
for text, base in [("", 10), ("12a", 10), ("0x", 16), ("1__0", 10), ("_1", 10), ("1_", 10), ("0b2", 0), ("08", 0), ("1", 37), ("1", 1), ("12", -1), ("1.5", 10), ("- 1", 10)]:
    try:
        print(int(text, base))
    except ValueError as e:
        print("ValueError", e)
for bad in [lambda: int(None), lambda: int([1]), lambda: int(1.5, 10), lambda: int("1", base="x"), lambda: int(float("nan"))]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
