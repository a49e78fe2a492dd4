# RUN: %difftest %s
# `s += t` appends in place (linear even for 300k appends); constant set
# displays iterate in CPython's frozenset-constant order.
def build(n):
    s = ""
    for i in range(n):
        s += "ab"
    return s

text = build(300000)
print(len(text), text[:6], text[-3:])
print({100, 5, 37, 8, 64, -1, 1000, 33})
print({3, 1, 2}, {-5, 7, (1, 2), 0})
g = "x"
for ch in "yz":
    g += ch
print(g)
parts = []
acc = ""
for word in ["alpha", "beta", "gamma"]:
    acc += word + ","
    parts.append(acc)
print(parts)
