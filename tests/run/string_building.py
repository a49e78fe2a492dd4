# RUN: %difftest %s
# Building strings: +=, join, repetition, formatting tables, simple text processing.
parts = []
for i in range(5):
    parts.append(f"item{i}")
print(",".join(parts))
s = ""
for ch in "abcde":
    s += ch.upper() + "-"
print(s, s[:-1], len(s))
line = "=" * 20
print(line)
print("|" + "name".ljust(10) + "|" + "qty".rjust(7) + "|")
print(line)
for name, qty in [("apples", 3), ("kiwis", 12), ("melons", 100)]:
    print("|" + name.ljust(10) + "|" + str(qty).rjust(7) + "|")
print(line)
def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isalpha():
            base = ord("A") if ch.isupper() else ord("a")
            out.append(chr((ord(ch) - base + shift) % 26 + base))
        else:
            out.append(ch)
    return "".join(out)
secret = caesar("Hello, World!", 3)
print(secret, caesar(secret, -3))
def run_length(text):
    if not text:
        return ""
    result = []
    current, count = text[0], 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            result.append(f"{count}{current}")
            current, count = ch, 1
    result.append(f"{count}{current}")
    return "".join(result)
print(run_length("aaabccddddde"), run_length("x"), repr(run_length("")))
words = "the rain in spain stays mainly in the plain".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
report = "\n".join([f"{w:>8}: {'*' * n}" for w, n in sorted(freq.items())])
print(report)
pyramid = "\n".join([" " * (4 - i) + "*" * (2 * i + 1) for i in range(5)])
print(pyramid)
acronym = "".join([w[0].upper() for w in "portable network graphics".split()])
print(acronym, "-".join("abc") * 2, "x".join(["1", "2"]).center(9, "~"))
csv_text = "name,age\nann,31\nbob,25"
rows = [line.split(",") for line in csv_text.splitlines()]
print(rows, [row[0].title() for row in rows[1:]])
big = "".join([str(i % 10) for i in range(1000)])
print(len(big), big[:15], big[-5:], big.count("7"))
print("{}{}{}".format("a" * 3, "b" * 2, "c"), "%s-%s" % ("x" * 2, "y"), "ab" + "cd" * 2 + "ef")
