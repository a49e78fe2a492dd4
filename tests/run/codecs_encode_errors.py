# RUN: %difftest %s
# str.encode: every built-in codec under every error handler, on text each
# codec can and can't encode (non-ASCII, non-Latin-1, astral, lone surrogates).
texts = ["plain", "caf\xe9", "\u65e5\u672c", "a\U0001f600b", "x\udc80y", "\ud800\udc00", "\udcff\xe9\u20ac", "\xe9\xe8z\u0100"]
codecs = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii"]
handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]
for codec in codecs:
    for handler in handlers:
        row = []
        for t in texts:
            try:
                row.append(t.encode(codec, handler))
            except UnicodeEncodeError as e:
                row.append((type(e).__name__, str(e), e.encoding, e.start, e.end, e.reason, ascii(e.object)))
        print(codec, handler, row)

# keyword arguments and defaults
print("d\xe9j\xe0".encode(), "d\xe9j\xe0".encode(encoding="latin-1"), "d\xe9j\xe0".encode(errors="strict"))
print("d\xe9j\xe0".encode("ascii", errors="replace"), "x".encode(encoding="utf-16", errors="strict"))

# an unknown handler is looked up only when there is an error to handle
print("abc".encode("ascii", "no-such-handler"))
try:
    "\xe9".encode("ascii", "no-such-handler")
except LookupError as e:
    print(type(e).__name__, e)

# the exception can be caught as UnicodeError and ValueError
for catch in (UnicodeError, ValueError):
    try:
        "na\xefve \u65e5".encode("ascii")
    except catch as e:
        print(catch.__name__, type(e).__name__, e, e.args)

# bytes(str, encoding, errors) encodes through the same codecs
print(bytes("d\xe9j\xe0", "ascii", "ignore"), bytes("d\xe9j\xe0", errors="replace", encoding="ascii"), bytes("\u20ac", "utf-16-be"))
for bad in [lambda: bytes("x", 1), lambda: bytes(b"x", errors="strict"), lambda: bytes("x", errors="strict"), lambda: bytes("\xe9", "ascii")]:
    try:
        print(bad())
    except (TypeError, UnicodeError) as e:
        print(type(e).__name__, e)
