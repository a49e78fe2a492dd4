# RUN: %difftest %s
# The 'namereplace' error handler: \N{NAME} with CPython's Unicode 14 names
# (stored, algorithmic CJK/Tangut/Nushu/Khitan, computed Hangul), or a
# backslash escape for a code point without a name.
samples = [
    "é", "ñ€", "\u00a0", "\u0080\u009f", "\u00ad", "\u2603\u2764", "\U0001F600\U0001F680",
    "\u4e00\u9fff", "\u3400", "\U00020000\U0002A6DF", "\uf900\ufa6d", "\U0002F800",
    "\uac00\ud7a3\ub098", "\U00017000", "\U00018B00", "\U0001B170",
    "\u0378", "\U000E0001", "\U0010FFFF", "\ufeff", "\u200d", "\U000F0000\U000F0200",
    "\u0f00", "\u1100", "\U0001D11E", "\u03a9\u2126", "x\u0301y", "\U0001F1EB\U0001F1F7",
]
for s in samples:
    for codec in ["ascii", "latin-1", "cp1252"]:
        print(codec, s.encode(codec, "namereplace"))
print("a\udc80b".encode("utf-8", "namereplace"))
print("a\ud800b".encode("utf-16-le", "namereplace"))
print("\udfff".encode("utf-32", "namereplace"))
print(str.encode("中文 español", errors="namereplace", encoding="ascii"))
# every named code point of a few blocks, checked in bulk
for first, last in [(0x80, 0x2FF), (0x370, 0x3FF), (0x2190, 0x21FF), (0x1F300, 0x1F3FF), (0xFB00, 0xFB4F),
                    (0x10000, 0x1007F), (0x1F900, 0x1F9FF), (0xE0000, 0xE007F)]:
    out = "".join(map(chr, range(first, last + 1))).encode("ascii", "namereplace")
    print(hex(first), len(out), sum(out), sum(i * b for i, b in enumerate(out)) % 1000003)
