# RUN: %difftest %s
# bytes.decode: every built-in codec under every error handler, on valid
# input, truncated input, invalid start and continuation bytes, encoded
# surrogates and out-of-range code points. Results are printed with ascii()
# because lone surrogates can't be written to stdout.
inputs = [
    b"plain", b"caf\xc3\xa9", b"\xff", b"a\x80\x80b", b"\xe2\x82x", b"\xe2\x82", b"\xe2x", b"\xed\xa0\x80",
    b"\xf4\x90\x80\x80", b"\xc0\x80", b"\xf0\x9f", b"\xe0\x80\x80", b"\xf0\x9f\x98\x80", b"\x00",
    b"\x00\xd8", b"\x00\xd8a", b"\x00\xd8\x00\xd8", b"\x00\xdc", b"\xd8\x00\x00A", b"\xff\xfe\x00\xdc",
    b"\xfe\xff\xdc\x00", b"a\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00", b"\xff\xfe\x00\x00",
    b"\x00\x00\xfe\xff\x00\x00\x00a", b"=\xd8\x00\xde", b"\xd8=\xde\x00",
]
codecs = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
for codec in codecs:
    for handler in handlers:
        row = []
        for data in inputs:
            try:
                row.append(ascii(data.decode(codec, handler)))
            except UnicodeDecodeError as e:
                row.append((type(e).__name__, str(e), e.encoding, e.start, e.end, e.reason, e.object))
        print(codec, handler, row)

# handlers that only encode
for handler in ["xmlcharrefreplace", "namereplace"]:
    try:
        b"\xff".decode("utf-8", handler)
    except TypeError as e:
        print(handler, type(e).__name__, e)

# str(bytes, encoding, errors) decodes too
print(str(b"ab\xff", "latin-1"), str(b"ab\xff", "utf-8", "replace"), str(b"ab\xff", errors="ignore"))
print(ascii(str(b"ab\xff", encoding="ascii", errors="surrogateescape")))
try:
    str(b"\xff", "ascii")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)

# keyword arguments and defaults
print(b"d\xc3\xa9j\xc3\xa0".decode(), b"d\xe9j\xe0".decode(encoding="latin-1"), b"\xff".decode(errors="replace"))
print(b"abc".decode("utf-8", "no-such-handler"))
try:
    b"\xff".decode("utf-8", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)
