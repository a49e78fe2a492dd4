# RUN: %difftest %s
# bytes methods beyond the basics: start/end arguments, ints as needles,
# maxsplit, keepends, ASCII-only classes and case, hex grouping, fromhex,
# translate, and the argument errors with CPython's messages.
b = b"one two  three\tfour\nfive"
print(b.find(b"t"), b.find(b"t", 5), b.find(b"t", 5, 6), b.rfind(b"e"), b.rfind(b"e", 0, 10), b.find(116), b.find(b""), b.find(b"", 100))
print(b.count(b"e"), b.count(101, 3), b.count(b""), b.count(b"", 3, 5), b.count(b"", 30), b.index(b"two"), b.rindex(111))
print(b.startswith(b"one"), b.startswith(b"two", 4), b.endswith(b"five"), b.endswith(b"four", 0, -5), b.startswith((b"x", b"on")), b.startswith(b""))
print(b.split(), b.split(None, 2), b.rsplit(None, 2), b.split(b" "), b.rsplit(b" ", 1), b.split(maxsplit=1), b.rsplit(sep=b"e", maxsplit=2))
print(b"a\nb\r\nc\rd\x0be\x0c".splitlines(), b"a\nb\r\nc\r".splitlines(True), b"".splitlines(), b"x\n".splitlines(keepends=True))
print(b"  \t\x0bpad\x0c\r\n ".strip(), b"xxhixx".strip(b"x"), b"abcba".lstrip(b"ab"), b"abcba".rstrip(b"ab"), b"\xa0x\xa0".strip())
print(b"aaa".replace(b"a", b"bb"), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2), b"abc".replace(b"x", b"y"), b"aaaa".replace(b"aa", b"b", 1))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join((b"x",)), b"/".join(x for x in [b"p", b"q"]))
print(b"k=v=w".partition(b"="), b"k=v=w".rpartition(b"="), b"kvw".partition(b"="), b"kvw".rpartition(b"="))
print(b"prefix-body".removeprefix(b"prefix-"), b"body.txt".removesuffix(b".txt"), b"body".removeprefix(b"x"))
print(b"Hello \xc3\xa9 World".upper(), b"MiXeD 123".lower(), b"MiXeD".swapcase(), b"hello wORLD 2x".title(), b"they're bill's".title(), b"hELLO wORLD".capitalize())
print(b"abc".isalpha(), b"ab1".isalpha(), b"\xe9".isalpha(), b"".isalpha(), b"123".isdigit(), b"12a".isalnum(), b"12a!".isalnum(), b" \t\n\r\x0b\x0c".isspace(), b"\xa0".isspace())
print(b"abc1".islower(), b"ABC1".isupper(), b"123".islower(), b"Abc".islower(), b"Hello World".istitle(), b"Hello world".istitle(), b"".istitle(), b"abc".isascii(), b"\x80".isascii(), b"".isascii())
print(b"ab".center(7), b"ab".center(7, b"*"), b"abc".center(6, b"-"), b"ab".ljust(5, b"."), b"ab".rjust(5), b"abcdef".center(3), b"-42".zfill(6), b"+7".zfill(4), b"".zfill(3), b"abc".zfill(2))
print(b"a\tbc\tdef\tg".expandtabs(), b"a\tb".expandtabs(4), b"x\n\ty".expandtabs(tabsize=2), b"\t".expandtabs(0))
print(b"\x01\x02\x03\x04\x05".hex(), b"\x01\x02\x03\x04\x05".hex(":", 2), b"\x01\x02\x03\x04\x05".hex(":", -2), b"\x01\x02\x03\x04\x05".hex(b"_", 3), b"\x01\x02".hex("-", 5), b"".hex(":"), b"\xab\xcd".hex(sep=" ", bytes_per_sep=1))
print(bytes.fromhex(""), bytes.fromhex(" 01 ff\tAB\n"), bytes.fromhex("deadBEEF"), b"".fromhex("41"))
table = bytes.maketrans(b"abc", b"xyz")
print(len(table), b"aabbcc!".translate(table), b"aabbcc!".translate(None, b"b"), b"abc".translate(table, b"c"))
for bad in [lambda: b"abc".find("a"), lambda: b"abc".find(256), lambda: b"abc".count(-1), lambda: b"abc".index(b"z"),
            lambda: b"abc".rindex(b"z"), lambda: b"abc".split(""), lambda: b"abc".split(b""), lambda: b"abc".strip("a"),
            lambda: b"abc".replace("a", b"b"), lambda: b",".join([b"a", "b"]), lambda: b",".join(5),
            lambda: b"abc".startswith("a"), lambda: b"abc".endswith((b"c", 1)), lambda: b"abc".partition(b""),
            lambda: b"abc".center(5, "x"), lambda: b"abc".ljust(5, b"xy"), lambda: b"abc".hex(""), lambda: b"abc".hex("\xe9"),
            lambda: bytes.fromhex(1), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("0 1"), lambda: bytes.fromhex("zz"),
            lambda: bytes.fromhex("\xe9"), lambda: b"abc".zfill("a"), lambda: b"abc".upper(1), lambda: b"x".translate(b"short"),
            lambda: bytes.maketrans(b"ab", b"c"), lambda: b"abc".removeprefix("a"), lambda: "a" in b"abc", lambda: 300 in b"abc"]:
    try:
        print(bad())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
