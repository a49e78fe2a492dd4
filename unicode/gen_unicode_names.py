#!/usr/bin/env python3
"""Writes runtime/src/data/unicode_names_data.inc: the names the 'namereplace'
error handler gives (\\N{...}), from the running CPython (the oracle). Run it
with Debian's CPython 3.11 (Unicode 14) and commit what it writes; the build
never runs Python:

    /usr/bin/python3 unicode/gen_unicode_names.py

The names are those of CPython's handler itself (`chr(cp).encode('ascii',
'namereplace')`), which are unicodedata.name's plus the aliases and named
sequences CPython keeps at U+F0000 and U+F0200 (its private encoding, which
the handler shows). Compact: names made of a prefix and the code point in hex
(CJK UNIFIED IDEOGRAPH-4E00, TANGUT IDEOGRAPH-17000, ...) are ranges; the
Hangul syllables' names are computed (from their jamo); every other name is a
run of word numbers (the words stored once, the most frequent first, with
one byte for the commonest 192), found by the code point's run of named
code points and an offset kept for every 32nd name. runtime/src/data/
unicode_names.cpp decodes them; this script checks that its decoding
(re-done here in Python) gives back every name.
"""
import collections
import os
import re
import sys
import unicodedata

REPOSITORY = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUTPUT = os.path.join(REPOSITORY, "runtime", "src", "data", "unicode_names_data.inc")

HEX_PREFIXES = ["CJK UNIFIED IDEOGRAPH-", "CJK COMPATIBILITY IDEOGRAPH-", "TANGUT IDEOGRAPH-",
                "KHITAN SMALL SCRIPT CHARACTER-", "NUSHU CHARACTER-"]
HANGUL_FIRST, HANGUL_COUNT = 0xAC00, 11172
JAMO_L = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"]
JAMO_V = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI",
          "YU", "EU", "YI", "I"]
JAMO_T = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B",
          "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"]
STRIDE = 32          # an offset into the name stream for every STRIDE-th name
ONE_BYTE_WORDS = 0xC0
SPACE, HYPHEN, END = 0xFD, 0xFE, 0xFF


def hangul_name(cp):
    s = cp - HANGUL_FIRST
    return "HANGUL SYLLABLE " + JAMO_L[s // 588] + JAMO_V[(s % 588) // 28] + JAMO_T[s % 28]


def handler_name(cp):
    if 0xD800 <= cp <= 0xDFFF:
        return None
    out = chr(cp).encode("ascii", "namereplace") if cp >= 0x80 else None
    if out is None or not out.startswith(b"\\N{"):
        return None
    return out[3:-1].decode("ascii")


def tokens(name):
    """The name as words and literal separators: two words in a row are one
    space apart; any other space or hyphen is a literal."""
    parts = [p for p in re.split(r"([ -])", name) if p != ""]
    out = []
    i = 0
    while i < len(parts):
        p = parts[i]
        if p == " " and out and out[-1] not in (" ", "-") and i + 1 < len(parts) and parts[i + 1] not in (" ", "-"):
            i += 1  # implied between two words
            continue
        out.append(p)
        i += 1
    return out


def main():
    if unicodedata.unidata_version != "14.0.0":
        sys.exit(f"needs CPython 3.11's Unicode 14.0.0, not {unicodedata.unidata_version}")
    hex_ranges = []     # [first, last, prefix index]
    named = {}          # cp -> name stored in the stream
    for cp in range(0x110000):
        name = handler_name(cp)
        if name is None:
            continue
        if HANGUL_FIRST <= cp < HANGUL_FIRST + HANGUL_COUNT:
            assert name == hangul_name(cp), (hex(cp), name)
            continue
        prefix = next((i for i, p in enumerate(HEX_PREFIXES) if name == p + "%X" % cp), None)
        if prefix is not None:
            if hex_ranges and hex_ranges[-1][2] == prefix and hex_ranges[-1][1] == cp - 1:
                hex_ranges[-1][1] = cp
            else:
                hex_ranges.append([cp, cp, prefix])
            continue
        named[cp] = name

    counts = collections.Counter(t for n in named.values() for t in tokens(n) if t not in (" ", "-"))
    words = [w for w, _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    assert len(words) <= ONE_BYTE_WORDS + (0xFD - 0xC0) * 256 - ONE_BYTE_WORDS
    number = {w: i for i, w in enumerate(words)}

    stream = bytearray()
    offsets = []
    runs = []  # [first, count, ordinal]
    for ordinal, cp in enumerate(sorted(named)):
        if ordinal % STRIDE == 0:
            offsets.append(len(stream))
        if runs and runs[-1][0] + runs[-1][1] == cp:
            runs[-1][1] += 1
        else:
            runs.append([cp, 1, ordinal])
        for t in tokens(named[cp]):
            if t == " ":
                stream.append(SPACE)
            elif t == "-":
                stream.append(HYPHEN)
            else:
                i = number[t]
                if i < ONE_BYTE_WORDS:
                    stream.append(i)
                else:
                    stream += bytes([0xC0 + (i >> 8), i & 0xFF])
        stream.append(END)
    assert all(count < 0x10000 for _, count, _ in runs)

    # The decoder, as unicode_names.cpp has it, must give back every name.
    def decode(cp):
        lo, hi = 0, len(runs)
        while lo < hi:
            mid = (lo + hi) // 2
            if runs[mid][0] <= cp:
                lo = mid + 1
            else:
                hi = mid
        if lo == 0:
            return None
        first, count, ordinal = runs[lo - 1]
        if cp >= first + count:
            return None
        k = ordinal + cp - first
        pos = offsets[k // STRIDE]
        for _ in range(k % STRIDE):  # (a two-byte word's low byte may be 0xFF)
            while stream[pos] != END:
                pos += 2 if ONE_BYTE_WORDS <= stream[pos] < SPACE else 1
            pos += 1
        out, last_word = "", False
        while stream[pos] != END:
            b = stream[pos]
            pos += 1
            if b == SPACE or b == HYPHEN:
                out += " " if b == SPACE else "-"
                last_word = False
                continue
            i = b
            if b >= ONE_BYTE_WORDS:
                i = ((b - 0xC0) << 8) | stream[pos]
                pos += 1
            out += (" " if last_word else "") + words[i]
            last_word = True
        return out

    for cp, name in named.items():
        assert decode(cp) == name, (hex(cp), name, decode(cp))

    def literal(data):
        """A C++ string literal of the bytes (3-digit octal escapes never merge)."""
        lines, line = [], ""
        for b in data:
            c = chr(b)
            piece = c if 0x20 <= b < 0x7F and c not in '"\\?' else "\\%03o" % b
            line += piece
            if len(line) >= 100:
                lines.append('"' + line + '"')
                line = ""
        if line:
            lines.append('"' + line + '"')
        return "\n    ".join(lines)

    word_blob = b"".join(w.encode("ascii") + b"\0" for w in words)
    out = [
        "// Written by unicode/gen_unicode_names.py from CPython "
        + ".".join(map(str, sys.version_info[:3])) + " (Unicode " + unicodedata.unidata_version
        + "): do not edit.",
        "// The names of the 'namereplace' error handler; decoded by unicode_names.cpp.",
        "",
        f"constexpr uint32_t kNameWordCount = {len(words)};",
        "// The words, each ending in NUL, the most frequent first.",
        f"constexpr char kNameWords[{len(word_blob) + 1}] =\n    " + literal(word_blob) + ";",
        "// Each name: word numbers (one byte below 0xC0, else two: 0xC0 + high, low),",
        "// 0xFD a space, 0xFE a hyphen (two words in a row are a space apart), 0xFF the end.",
        f"constexpr char kNameStream[{len(stream) + 1}] =\n    " + literal(stream) + ";",
        f"// Where name number k*{STRIDE} starts in kNameStream.",
        "constexpr uint32_t kNameOffsets[] = {" + ", ".join(map(str, offsets)) + "};",
        "// The runs of consecutive code points with a stored name: {first, count, number of its name}.",
        "constexpr NameRun kNameRuns[] = {"
        + ", ".join("{0x%x, %d, %d}" % (f, c, o) for f, c, o in runs) + "};",
        "// Names that are a prefix and the code point in hex: {first, last, prefix}.",
        "constexpr const char* kHexNamePrefixes[] = {" + ", ".join('"%s"' % p for p in HEX_PREFIXES) + "};",
        "constexpr HexNameRange kHexNameRanges[] = {"
        + ", ".join("{0x%x, 0x%x, %d}" % tuple(r) for r in hex_ranges) + "};",
        "",
    ]
    text = "\n".join(out)
    # the long brace lists, a line for every 12 items
    def wrap(m):
        items = m.group(2).split(", ")
        rows = [", ".join(items[i:i + 12]) for i in range(0, len(items), 12)]
        return m.group(1) + "\n    " + ",\n    ".join(rows) + "};"
    text = re.sub(r"(\[\] = \{)(.*)\};", wrap, text)
    with open(OUTPUT, "w") as f:
        f.write(text)
    size = len(word_blob) + len(stream) + 4 * len(offsets) + 12 * len(runs) + 12 * len(hex_ranges)
    print(f"{OUTPUT}: {len(named)} stored names, {len(words)} words, {len(runs)} runs, "
          f"{len(hex_ranges)} hex ranges; about {size} bytes of data")


if __name__ == "__main__":
    main()
