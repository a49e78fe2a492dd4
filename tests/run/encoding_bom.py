# RUN: %difftest %s
# A UTF-8 BOM is dropped; the file is UTF-8.
s = "é€🐍"
print(s, len(s))
print([hex(ord(c)) for c in s])
