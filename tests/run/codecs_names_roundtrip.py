# RUN: %difftest %s
# Encoding names as CPython normalises them (case, '_' '-' ' ' runs, aliases),
# unknown names, round trips through every codec, BOMs, and the attributes of
# UnicodeError.
names = ["UTF8", "utf_8", "U8", "Utf-8 ", " utf 8", "utf--8", "utf", "cp65001", "utf-8\u00e9", "latin_1", "L1",
         "iso8859-1", "ISO-8859-1", "iso_8859_1_1987", "latin", "8859", "us-ascii", "US_ASCII", "646",
         "ANSI_X3.4-1968", "iso_646.irv:1991", "UTF-16LE", "utf16", "u16", "UnicodeBigUnmarked", "utf_32_be",
         "utf-32be", "U32", "utf8.", "u.t.f.8", "utf-7x", "cp1252x", "", "-"]
for name in names:
    try:
        print(repr(name), "\xe9a".encode(name), b"ab\x00\x00".decode(name))
    except (LookupError, UnicodeError) as e:
        print(repr(name), type(e).__name__, e)

for bad in [lambda: "x".encode("ascii\x00"), lambda: b"x".decode(1), lambda: "x".encode(None),
            lambda: "x".encode("utf-8", 5), lambda: str(b"x", 3), lambda: "x".encode("utf-8", "strict", 1),
            lambda: "x".encode("bogus", "no-such-handler")]:
    try:
        print(bad())
    except (LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, e)

# round trips: whatever a codec encodes strictly decodes back to the same text
samples = ["", "ascii only", "caf\xe9 na\xefve", "\u65e5\u672c\u8a9e", "emoji \U0001f600\U0001f680", "\x00\x7f\x80\xff",
           "\ufeff starts with a BOM", "\U0010ffff\ud7ff\ue000"]
for codec in ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii"]:
    results = []
    for s in samples:
        try:
            data = s.encode(codec)
        except UnicodeEncodeError as e:
            results.append(("unencodable", e.start, e.end))
            continue
        back = data.decode(codec)
        results.append((len(data), back == s))
    print(codec, results)

# lone surrogates survive surrogateescape and surrogatepass round trips
raw = b"\x80abc\xff\xfe\xc3"
escaped = raw.decode("utf-8", "surrogateescape")
print(ascii(escaped), escaped.encode("utf-8", "surrogateescape") == raw, escaped.encode("ascii", "surrogateescape") == raw)
for codec in ["utf-8", "utf-16", "utf-16-be", "utf-32", "utf-32-le"]:
    s = "a\ud800b\udfffc"
    data = s.encode(codec, "surrogatepass")
    print(codec, data, data.decode(codec, "surrogatepass") == s)

# BOMs: written by utf-16/utf-32, read (either order) and dropped when decoding
print("hi".encode("utf-16"), "hi".encode("utf-32"), "hi".encode("utf-16-be"), "hi".encode("utf-32-le"))
print(b"\xfe\xff\x00h\x00i".decode("utf-16"), b"\xff\xfeh\x00i\x00".decode("utf-16"), b"h\x00i\x00".decode("utf-16"))
print(b"\x00\x00\xfe\xff\x00\x00\x00h".decode("utf-32"), ascii(b"\xff\xfeh\x00".decode("utf-16-le")))
print(ascii("\ufeffx".encode("utf-16").decode("utf-16")), ascii(b"\xff\xfe\xff\xfeh\x00".decode("utf-16")))

# the exception's attributes
try:
    b"ok\xe2\x82 tail".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
try:
    "\u2603 snow".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, ascii(e.object), e.start, e.end, e.reason, isinstance(e, UnicodeError), isinstance(e, ValueError))
e = UnicodeDecodeError("utf-8", b"\x00\xff\xfe", 1, 3, "made up")
print(str(e), e.start, e.end)
e = UnicodeEncodeError("ascii", "\U0001f600", 0, 1, "made up")
print(str(e), e.object == "\U0001f600")
