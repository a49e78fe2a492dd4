# RUN: %difftest %s
# Generators over closures: reading enclosing variables lazily, writing
# them with nonlocal, and generators defined inside generators.
def make_counter():
    count = 0
    def ticks(n):
        nonlocal count
        for _ in range(n):
            count += 1
            yield count
    def current():
        return count
    return ticks, current

ticks, current = make_counter()
g = ticks(3)
print(current())
print(next(g), current())
print(list(g), current())
print(list(ticks(2)), current())

def outer_state():
    log = []
    prefix = "p"
    def gen():
        nonlocal prefix
        for i in range(3):
            log.append(prefix + str(i))
            yield log[-1]
            prefix = prefix + "!"
    return gen, log

gen, log = outer_state()
print(list(gen()), log)

def generator_factory():
    def inner_gen(base):
        for i in range(2):
            yield base + i
    for base in (10, 20):
        yield from inner_gen(base)
        yield list(inner_gen(base * 10))

print(list(generator_factory()))

def generator_defines_closure():
    total = 0
    def add(x):
        nonlocal total
        total += x
    for i in range(4):
        add(i)
        yield total

print(list(generator_defines_closure()))

def late_binding():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
        yield [f() for f in fns]

print(list(late_binding()))
