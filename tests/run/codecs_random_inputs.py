# RUN: %difftest %s
# Seeded random byte strings and texts, biased toward the bytes and code
# points codecs treat specially (lead and continuation bytes, BOMs, surrogate
# halves, NUL, U+FFFD), through every codec and error handler: each result or
# each error (message, start, end) must be CPython's.
import random

rng = random.Random(20240611)
special_bytes = [0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xFE, 0xD8, 0xDC, 0xA0, 0x9F, 0x10, 0x11]
special_chars = ["a", "\x00", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u20ac", "\ud7ff", "\ud800", "\udbff", "\udc00", "\udc80", "\udcff", "\udfff", "\ue000", "\ufeff", "\ufffd", "\U00010000", "\U0001f600", "\U0010ffff"]
codecs = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be", "latin-1", "ascii"]
decode_handlers = ["strict", "ignore", "replace", "backslashreplace", "surrogateescape", "surrogatepass"]
encode_handlers = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "surrogateescape", "surrogatepass"]


def outcome(f):
    try:
        return ascii(f())
    except UnicodeError as e:
        return "%s(%s)[%d:%d]" % (type(e).__name__, e, e.start, e.end)


for _ in range(40):
    data = bytes(rng.choice(special_bytes) for _ in range(rng.randrange(0, 10)))
    for codec in codecs:
        print(data, codec, [outcome(lambda: data.decode(codec, h)) for h in decode_handlers])

for _ in range(40):
    text = "".join(rng.choice(special_chars) for _ in range(rng.randrange(0, 6)))
    for codec in codecs:
        print(ascii(text), codec, [outcome(lambda: text.encode(codec, h)) for h in encode_handlers])
