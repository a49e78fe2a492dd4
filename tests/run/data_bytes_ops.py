# RUN: %difftest %s
# bytes: literals, repr quoting, indexing to ints, methods, hex, comparisons, conversions.
b = b"Hello, \x00\xff World\n"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], b[100:], list(b[:3]), bytes(3), bytes([65, 66, 67]), bytes(range(5)))
print(repr(b"'"), repr(b'"'), repr(b"'\""), b"\t\r\\", b"abc" + b"def", b"ab" * 3, b"a" < b"b", b"abc" == b"abc", b"" < b"\x00")
print(b.upper(), b.lower(), b.split(b","), b.split(), b.strip(), b"  x ".lstrip(), b"a-b-c".replace(b"-", b"+", 1), b",".join([b"x", b"y"]))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"W"), b.startswith(b"He"), b.endswith((b"\n", b"x")), b"o" in b, 111 in b, 300 in b"" if False else 0 in b)
print(b"abc".hex(), b"\x00\xff".hex(), bytes.fromhex("48 65 6c6c6f"), b"abc".hex(":"), b"abcdef".hex("-", 2), b"xyz".decode(), b"caf\xc3\xa9".decode("utf-8"))
print(b"a,b".partition(b","), b"abc".center(7, b"*"), b"12".zfill(5), b"abc".isalpha(), b"123".isdigit(), b"Ab".swapcase(), b"hello world".title(), b"x\ny".splitlines())
print(int.from_bytes(b"\x01\x00", "big"), (258).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True), (0).to_bytes(0, "big"))
print(sorted([b"b", b"a", b"ab"]), max(b"hello"), sum(b"abc"), hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"], b"%d-%s" % (5, b"x") if False else b"ab".count(b""))
print(str(b"x"), ascii(b"x"), f"{b'x'}", "%s|%r" % (b"a", b"b"), bytes("日本", "utf-8"), "日本".encode().decode(), len("日本".encode()))
for bad in [lambda: b"a" + "b", lambda: b"abc"[10], lambda: bytes([256]), lambda: bytes("x"), lambda: b"\xff".decode(), lambda: bytes.fromhex("zz"), lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big")]:
    try:
        print(bad())
    except (TypeError, IndexError, ValueError, UnicodeDecodeError, OverflowError) as e:
        print(type(e).__name__, e)
