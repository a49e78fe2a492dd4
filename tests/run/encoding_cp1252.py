#!/usr/bin/env python3
# vim: set fileencoding=cp1252 :
# RUN: %difftest %s
# A declaration on line 2 after a comment line; cp1252's 0x80-0x9F are not latin-1's.
s = "€ ‚ „ … ‰ Š Œ ‘quoted’ “quoted” – — ™ œ Ÿ  é"
print(s)
print([hex(ord(c)) for c in s if ord(c) > 127])
