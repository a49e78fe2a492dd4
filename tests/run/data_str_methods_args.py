# RUN: %difftest %s
# str methods with unusual arguments: negative/huge indices, None bounds, empty separators.
s = "abracadabra"
print(s.find("a", -3), s.find("a", 100), s.find("", 11), s.find("", 12), s.rfind("a", None, -1))
print(s.index("b", 2), s.rindex("a", 0, 5), s.count(""), s.count("a", -5, None), s.count("", 3, 1))
print(s.startswith(("x", "ab")), s.startswith("bra", 1, 4), s.endswith("", 20), s.endswith(("ra", "x"), 0, -2))
print(s.split("a"), s.split("a", 2), s.rsplit("a", 2), s.split("a", 0), s.split("a", -1))
print("  a  b \t c\n".split(), "  a  b  ".split(None, 1), "  a  b  ".rsplit(None, 1), "".split(), "".split(","))
print("a,b,,c,".split(","), ",".join([]), "x".join("abc"), "-".join(["only"]))
print(s.partition("cad"), s.partition("zz"), s.rpartition("a"), s.rpartition("zz"))
print(s.replace("a", "", 2), s.replace("", "-"), s.replace("", "-", 3), s.replace("a", "A", -1), s.replace("a", "A", 0))
print("xxhixx".strip("x"), "xyhiyx".lstrip("xy"), "hi  ".rstrip(), "  ".strip(), "abc".strip(""), "abc".strip(None))
print("hello world".title(), "hELLO wORLD".swapcase(), "hello".capitalize(), "HELLO".casefold(), "they're bill's".title())
print("abc".center(10, "*"), "abc".center(2), "abc".ljust(6, "."), "abc".rjust(6, "0"), "ab".center(5, "-"), "ab".center(6, "-"))
print("42".zfill(5), "-42".zfill(5), "+42".zfill(6), "abc".zfill(1), "".zfill(3), "-".zfill(3))
print("a\tb\tc".expandtabs(), "a\tbc\td".expandtabs(4), "\t".expandtabs(0), "ab\ncd\te".expandtabs(3))
print("line1\nline2\r\nline3\rline4".splitlines(), "a\nb\n".splitlines(True), "".splitlines(), "\n".splitlines())
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "".isdigit(), " \t".isspace(), "Ab Cd".istitle(), "ABC".isupper(), "abc1".islower())
print("3.14".isdecimal(), "x1".isidentifier(), "1x".isidentifier(), "_".isidentifier(), "abc".isprintable(), "a\nb".isprintable())
print("%s|%r|%a" % ("é", "é", "é"), "abc"[::-1], "abcdef"[1:5:2], "abcdef"[-2:-6:-1], "abcdef"[10:], "abcdef"[-100:2])
print("aaa".removeprefix("a"), "aaa".removesuffix("aa"), "abc".removeprefix(""), "abc".removesuffix("x"))
t = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(t), str.maketrans({"a": "1", "b": None}), "aabb".translate({97: "AA", 98: None}))
print("Hello".encode(), "é".encode("utf-8"), b"caf\xc3\xa9".decode(), "x".__len__(), "ab" * 3, 3 * "ab", "ab" * -1)
print(repr("tab\there"), repr("quote'here"), repr('both\'"'), repr("\x00\x7f\u200b"), repr("back\\slash"))
print(min("hello"), max("hello"), sorted("hello"), list(reversed("abc")), "b" in "abc", "" in "abc", "abc" < "abd", "Z" < "a")
for bad in [lambda: s.index("z"), lambda: "a".center(5, "ab"), lambda: "x".join([1]), lambda: s.split(""), lambda: "a" + 1, lambda: s[20]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
