# RUN: %difftest %s
# int() parsing with bases, hex/bin/oct, literals in every base, bool/int mixes.
print(int("42"), int("-17"), int("  +8  "), int("1_000_000"), int("0"), int("-0"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("777", 8), int("0o777", 0))
print(int("1010", 2), int("0b1010", 0), int("z", 36), int("Zz", 36), int("10", 3), int("12", 0))
print(int(3.9), int(-3.9), int(True), int(False), int(1e3), int("  0012  "))
print(hex(255), hex(-255), hex(0), bin(10), bin(-10), bin(0), oct(64), oct(-8))
print(0xFF, 0o17, 0b1011, 1_000, 0x_ff, 1e3, 1E-2, 0.5e1, 1_0.0_1)
print(format(255, "x"), format(255, "08b"), format(8, "o"), format(255, "#06x"))
print((255).bit_length(), (-1).bit_length(), (0).bit_length(), (1024).bit_length())
print(int("123", 10) + int("321"), str(int("007")), repr(int(" 9 ")))
for text in ["12", "1.5", "abc", "0x10", "", "  ", "1 2", "+-1"]:
    try:
        print(repr(text), "->", int(text))
    except ValueError as e:
        print(repr(text), "-> ValueError:", e)
for text, base in [("12", 2), ("g", 16), ("0b2", 0), ("10", 37)]:
    try:
        print(text, base, "->", int(text, base))
    except ValueError as e:
        print(text, base, "-> ValueError:", e)
print(float("1.5"), float("-0"), float("1e5"), float("inf"), float("-Infinity"), float("nan"))
print(float(" 3 "), float("1_000.5"), float(".5"), float("5."), float(7))
print(bool(0), bool(42), bool(""), int(bool("x")), str(42) == "42", 42 == 42.0, hash(42) == hash(42.0))
print(isinstance(True, int), True == 1, type(1 + True).__name__)
