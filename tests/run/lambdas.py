# RUN: %difftest %s
# Lambdas: as arguments, stored in containers, immediately called, closures.
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2))
print((lambda *args, **kw: (args, kw))(1, 2, k=3))
print((lambda: "no args")())

pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "z")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: (-p[0], p[1])))
print(list(map(lambda x: x * 3, [1, 2, 3])))
print(list(filter(lambda s: len(s) > 2, ["a", "abc", "de", "fghi"])))

operations = {
    "add": lambda a, b: a + b,
    "sub": lambda a, b: a - b,
    "mul": lambda a, b: a * b,
    "pow": lambda a, b: a ** b,
}
for name in operations:
    print(name, operations[name](6, 3))

def make_adder(n):
    return lambda x: x + n

adders = [make_adder(i) for i in range(3)]
print([f(100) for f in adders])

conditional = lambda n: "even" if n % 2 == 0 else "odd"
print([conditional(i) for i in range(5)])
nested = lambda x: (lambda y: x * y)
print(nested(6)(7))
print(square.__name__, type(square).__name__)
