# RUN: %difftest %s
# The cp1252 codec (encodings/cp1252.py, a charmap codec): Latin-1 but for
# 0x80..0x9F, five bytes of which map to <undefined>; each error handler on
# both sides, with CPython's messages naming the 'charmap' codec.
text = "A\u20ac\u00e9\u201c\u2122\u0178\u00ff"
data = text.encode("cp1252")
print(data, data.decode("cp1252") == text, data.decode("windows-1252"), "x".encode("WINDOWS_1252"), "y".encode("1252"))
print(bytes(range(0x80, 0xA0)).decode("cp1252", "replace"))
print(bytes(range(0x80, 0xA0)).decode("cp1252", "ignore"))
print(bytes(range(0x80, 0xA0)).decode("cp1252", "backslashreplace"))
print(ascii(bytes(range(0x80, 0xA0)).decode("cp1252", "surrogateescape")))
print(bytes(range(256)).decode("cp1252", "replace").encode("cp1252", "replace") == bytes(range(256)).replace(b"\x81", b"?").replace(b"\x8d", b"?").replace(b"\x8f", b"?").replace(b"\x90", b"?").replace(b"\x9d", b"?"))
for bad in (b"ab\x81", b"\x8d\x8f", b"\x90x\x9d"):
    try:
        bad.decode("cp1252")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.encoding)
for s in ("a\u0100", "\u0101\u0102b", "\x81", "\udc81", "\U0001f600 x"):
    try:
        s.encode("cp1252")
    except UnicodeEncodeError as e:
        print(type(e).__name__, e, e.start, e.end, e.reason)
    for errors in ("ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"):
        try:
            print(errors, s.encode("cp1252", errors))
        except UnicodeEncodeError as e:
            print(errors, type(e).__name__, e)
print("\x00\x7f\xa0".encode("cp1252"), b"\x00\x7f\xa0".decode("cp1252") == "\x00\x7f\xa0")
