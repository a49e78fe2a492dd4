# RUN: %difftest %s
# Case mappings of every code point below U+20000 (full mappings: multi-character
# results, titlecase, casefold, final sigma): a checksum per block of 4096.
def checksum(text):
    total = len(text)
    for ch in text:
        total = (total * 31 + ord(ch)) % 1000000007
    return total

for block in range(0, 0x20000, 0x1000):
    chars = [chr(i) for i in range(block, block + 0x1000) if not 0xD800 <= i < 0xE000]
    line = "".join(chars)
    ups = "".join([c.upper() for c in chars])
    lows = "".join([c.lower() for c in chars])
    titles = "".join([c.title() for c in chars])
    folds = "".join([c.casefold() for c in chars])
    flags = [c.isupper() * 1 + c.islower() * 2 + c.isalpha() * 4 + c.isdigit() * 8 + c.isspace() * 16 for c in chars]
    print(hex(block), checksum(ups), checksum(lows), checksum(titles), checksum(folds), checksum(line.swapcase()), sum(flags))
print("ΟΔΟΣ ΣΑΣ Σ.Σ'Σ".lower(), "ΑΣ".lower(), "Σ".lower(), "aΣb".lower(), "ﬁne ﬂow".title(), "ǆemal".capitalize(), "ŉ".upper())
print("ß".upper(), "ß".title(), "ﬃ".upper(), "İstanbul".lower(), len("İ".lower()), "ΐ".upper(), "ǰ".upper(), "ẞ".lower())
