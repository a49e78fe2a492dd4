# RUN: %difftest %s
# __repr__ and __str__ as used by print, str, repr, f-strings, format and containers.
class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __repr__(self):
        return f"Money({self.amount!r}, {self.currency!r})"

    def __str__(self):
        return f"{self.amount:.2f} {self.currency}"

m = Money(12.5)
print(m)
print(str(m), repr(m))
print(f"{m} | {m!r} | {m!s}")
print("%s / %r" % (m, m))
print("{} / {!r}".format(m, m))
print([m, Money(3, "USD")])
print((m,), {"price": m})
print(str([m]), repr("text"), str("text"))

class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"

class OnlyStr:
    def __str__(self):
        return "only-str"

o = OnlyRepr()
print(o, str(o), [o], f"{o}")
s = OnlyStr()
print(s, f"{s}", str(s))
print(repr(s).startswith("<__main__.OnlyStr object at "))

class Node:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __repr__(self):
        if not self.children:
            return f"Node({self.value})"
        return f"Node({self.value}, {self.children})"

tree = Node(1, [Node(2), Node(3, [Node(4)])])
print(tree)
print(repr(tree) == str(tree))

class Formatted:
    def __format__(self, spec):
        return "formatted[" + spec + "]"

print(f"{Formatted():>10}", format(Formatted(), "x"), "{:abc}".format(Formatted()))
print(repr(1.0), str(1.0), repr(None), repr(True), repr([1, "a", None, 2.5]))
print(repr("it's"), repr('say "hi"'), repr("both ' and \""), repr("tab\tnewline\n"))
print(repr("\\"), repr(""), repr("é"), ascii("é"))
