# RUN: %difftest %s
# Unicode text (the seeds print Chinese): len counts code points; slicing,
# format widths, ord/chr, methods and encoding work on code points.
greeting = "你好，世界"
print(greeting, len(greeting), greeting[0], greeting[-1], greeting[1:4], greeting[::-1])
mixed = "Python协程abc"
print(len(mixed), mixed[6:8], mixed.upper(), mixed.lower(), mixed.find("协"), mixed.index("abc"))
print(f"[{greeting:>10}] [{greeting:<10}] [{greeting:^11}] [{greeting:*^9}]")
print("[%8s] [%-8s]" % ("协程", "协程"), "[{:>6}]".format("中文"))
print(ord("中"), hex(ord("文")), chr(20013), chr(0x6587), chr(0x1F600) == "\U0001F600", len("\U0001F600"))
print([ord(c) for c in "生成器"], "".join([chr(c) for c in [21327, 31243]]))
encoded = "协程".encode("utf-8")
print(encoded, len(encoded), encoded.decode("utf-8"), len("协程"))
print("听音乐...0".replace("听音乐", "打游戏"), "执行时间是：".strip("："), "一,二,三".split(","))
print("、".join(["甲", "乙", "丙"]), "协" in "协程", "程序" * 2, "é" < "协")
print(sorted(["香蕉", "苹果", "橙子"]), max("协程"), min("协程"))
print(repr("中文"), str("中文"), ascii("中文"), repr(["协程", "生成器"]))
for i, ch in enumerate("事件循环"):
    print(i, ch, ord(ch))
print("Ünïcödé".upper(), "ÀÉÎ".lower(), len("naïve"))
print("\u00e9" == "é", "\u03b1", "a\u0301", len("a\u0301"))
text = "消费者A 正在啃骨头 3"
parts = text.split()
print(parts, len(parts[0]), parts[1][2:], text.count("骨"), text.startswith("消费"))
table = [("任务", 3), ("协程函数", 12), ("事件循环", 100)]
for name, n in table:
    print(f"{name:<6}|{n:>5}|")
print("%s 正在生产骨头 %s" % ("[producer]", 5))
print(greeting.center(9, "-"), greeting.ljust(7, "."), greeting.rjust(7, "."), greeting.zfill(7))
print(str(b"bytes"), b"ab" + b"cd", bytes([72, 105]), list(b"AZ"), len(b"\x00\x01"))
