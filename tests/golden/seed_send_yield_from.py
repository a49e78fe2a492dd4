# RUN: %golden %s
# RUN: %difftest %s
# Seed 002's generators (the README's example): send() into a generator and
# a value that travels down and back up a `yield from` chain.


def jumping_range(up_to):
    index = 0
    while index < up_to:
        jump = yield index
        if jump is None:
            jump = 1
        index += jump


def bottom():
    return (yield 42)


def middle():
    return (yield from bottom())


def top():
    return (yield from middle())


iterator = jumping_range(5)
print(next(iterator))
print(iterator.send(2))
print(next(iterator))
print(iterator.send(-1))
for x in iterator:
    print(x)

gen = top()
value = next(gen)
print(value)
try:
    value = gen.send(value * 2)
except StopIteration as exc:
    value = exc.value
print(value)
