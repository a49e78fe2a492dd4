# RUN: %difftest %s
# yield inside a comprehension's own body is a SyntaxError since 3.8
# ('yield' inside list comprehension), but the outermost iterable of a
# comprehension is evaluated in the enclosing generator, so a yield there
# is legal. Comprehensions are also fine between yields, and a lambda
# containing yield is itself a generator function.
def gen():
    squares = [x * x for x in (yield "list source")]
    print("  squares", squares)
    table = {k: len(k) for k in (yield "dict source")}
    print("  table", table)
    uniq = sorted({c for c in (yield "set source")})
    print("  uniq", uniq)
    lazy = (x + 1 for x in (yield "genexp source"))
    print("  genexp made")
    got = yield "consume genexp"
    print("  got", got, list(lazy))
    nested = [[y for y in range(x)] for x in (yield "nested source")]
    print("  nested", nested)

g = gen()
print(next(g))
print(g.send([1, 2, 3]))
print(g.send(["ab", "cde"]))
print(g.send("mississippi"))
print(g.send(range(3)))
print(g.send("anything"))
try:
    g.send([1, 2, 3])
except StopIteration:
    print("done")

pair = lambda a: (yield a) + (yield a * 2)
lg = pair(5)
print(next(lg), lg.send(1))
try:
    lg.send(2)
except StopIteration as e:
    print("lambda generator returned", e.value)
