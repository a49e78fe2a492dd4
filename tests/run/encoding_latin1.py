# -*- coding: latin-1 -*-
# RUN: %difftest %s
# A latin-1 file (PEP 263): each byte above 0x7F is the code point of that value,
# in strings, in names and in comments (été).
café = "café crème brûlée © ½ ÿ"
print(café)
print(len(café), [ord(c) for c in café if ord(c) > 127])
print(café.upper(), café.encode("utf-8"))
print(f"{café!r:>40}")
b = b"\xe9"  # bytes literals stay ASCII
print(b, "\xe9" == "é")
def élève(nôm):
    return "« " + nôm + " »"
print(élève("Zoë"))
