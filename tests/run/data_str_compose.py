# RUN: %difftest %s
# Building text: join vs +=, repetition, alignment tables with mixed widths, escapes in repr.
rows = [("apple", 1.5, 3), ("kiwi", 12.25, 10), ("watermelon", 0.333, 125)]
for name, price, qty in rows:
    print(f"{name:<12}|{price:>8.2f}|{qty:^5d}|{price * qty:>10,.1f}")
print("-" * 40, "=" * 0, "ab" * 2 + "c")
out = ""
for i in range(12):
    out += str(i % 10)
    if i % 4 == 3:
        out += "|"
print(out, len(out), out.count("|"), out.split("|"), "|".join(reversed(out.split("|"))))
table = "\n".join([",".join([str(r * c) for c in range(1, 5)]) for r in range(1, 4)])
print(table)
print(repr(table), table.splitlines()[1].split(","), [line.rjust(12, ".") for line in table.splitlines()])
s = "The rain in Spain"
print(s.lower().count("ain"), s.replace(" ", ""), s[::-1].title(), "".join(sorted(s.lower())).strip(), " ".join([w[::-1] for w in s.split()]))
print("%-6s|%6s|" % ("ab", "cd"), "{:*<6}|{:*>6}|".format("ab", "cd"), "ab".ljust(6, "*") + "|" + "cd".rjust(6, "*") + "|")
print(repr("a\\b"), repr("\n\t\r\x0b\x0c\a\b"), repr("\u00e9\u4e2d\U0001f600"), repr("'\""), str("'\""), len("\u03b1"), "\u2022")
print(chr(65) + chr(97), ord("\n"), [ord(c) for c in "aZ09"], "".join([chr(c) for c in range(945, 950)]), "x".join(map(str, range(5))))
