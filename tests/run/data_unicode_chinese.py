# RUN: %difftest %s
# Chinese text: lengths, slicing, padding, formatting widths and methods count code points.
s = "你好，世界！Hello"
print(len(s), s[0], s[-1], s[2:5], s[::2], s[::-1], s[-7:-3])
print(s.find("世界"), s.index("H"), s.count("l"), s.upper(), s.lower(), s.split("，"))
print("[" + "中文".center(8) + "]", "[" + "中文".center(7, "*") + "]", "[" + "中".ljust(4, "。") + "]", "[" + "中".rjust(4) + "]")
print(f"[{'汉字':>6}]", f"[{'汉字':^7}]", f"[{'汉字':-<5}]", "[%6s]" % "汉字", "[%-6s]" % "汉字", "[{:_^9}]".format("汉字"))
print(repr("中文"), ascii("中文"), str("中文"), "中文".encode(), "中文".encode("utf-8").decode("utf-8"), len("中文".encode()))
print(ord("中"), chr(20013), chr(0x1F600), len("😀"), "😀中a"[1], "a😀b"[::-1], hex(ord("😀")))
print(sorted("春夏秋冬"), min("春夏秋冬"), max("春夏秋冬"), "春" < "夏", "冬" in "春夏秋冬", list("一二三"))
words = "我 爱 北京 天安门".split()
print(words, "/".join(words), " ".join(reversed(words)), [len(w) for w in words])
print("中文abc中文".replace("中文", "英文", 1), "中文abc中文".rfind("中文"), "中文abc中文".strip("中文"), "abc中".isalpha(), "一二三".isnumeric(), "١٢".isdigit())
print("ÄÖÜß".lower(), "straße".upper(), "ǅ".lower(), "ﬁ".upper(), "İ".lower(), len("İ".lower()), "ß".casefold())
print("éa".center(6, "é"), "tab\t中\tx".expandtabs(4), "中\n文".splitlines(), "a中b".partition("中"))
print("%-4s|%4s|%.1s|" % ("中文", "中", "中文"), "{:.2}".format("中文字"), f"{'中文字'!r:>10}")
d = {"苹果": 3, "香蕉": 5}
for k, v in sorted(d.items()):
    print(f"{k:<4}{v:>3}")
print(str(d), repr(list(d)), "苹果" in d, d.get("梨", "无"))
