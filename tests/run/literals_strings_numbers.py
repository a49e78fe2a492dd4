# RUN: %difftest %s
# Literal forms: string prefixes and escapes, implicit concatenation, triple
# quotes, raw strings, bytes, and numbers in every notation.
print('single', "double", '''triple single''', """triple double""")
print("implicit " 'concat' "enation", ("across "
                                        "lines"))
print("escapes: \\ \' \" \t| \x41 \101 \u4e2d \U0001F600".encode("utf-8"))
print(r"raw \n \t \\", R"RAW\d", len(r"\n"), len("\n"))
print("""multi
line
string""")
text = """\
starts without a newline \
and joins this line"""
print(text)
print(b"bytes", B"\x00\xff", rb"\n", len(b"\x00\xff"), b"abc"[0], b"abc"[1:])
print(u"unicode prefix", 'mixed "quotes"', "mixed 'quotes'")
print(123, 0, -7, 1_000_000, 0b1010, 0B11, 0o777, 0O7, 0xDEAD, 0Xbeef)
print(1.5, .5, 5., 1e10, 1E-3, 1.5e+3, 3.14_15, 1_0e1_0, 0e0)
print(10 ** 3, 2e3 == 2000, type(1e3).__name__, 0x10 + 0o10 + 0b10)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2, 7 // 2 * 2 + 7 % 2)
print(1 < 2 == 2, not 1 == 2, 1 | 2 ^ 3 & 4, 1 << 2 + 1, ~0 & 0xFF, -(-3))
print(3 if 0 else 4 if "" else 5, (lambda: 0 if False else 1)(), (lambda: 0)() or "falsy")
x = 5
x += 1; x *= 2; x -= 3
print(x)
long_expression = (1 +
                   2 +
                   3)
also_long = 10 \
    + 20
print(long_expression, also_long)
data = [
    1,
    2,  # trailing comma next
]
mapping = {
    "a": 1,
    "b": [1, 2,
          3],
}
print(data, mapping)
print("a" "b" f"{x}" "c", f"{'nested'}" 'x', "é" "中")
print(True, False, None)
