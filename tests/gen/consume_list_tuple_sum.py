# RUN: %difftest %s
# list(), tuple(), sum(), len of results, list.extend and += with generators.
def squares(n):
    for i in range(n):
        yield i * i

def words():
    yield "alpha"
    yield "beta"
    yield "gamma"

print(list(squares(6)))
print(tuple(squares(4)))
print(sum(squares(10)))
print(sum(squares(5), 100))
print(sum((x / 2 for x in squares(4)), 0.5))
print(list(words()), tuple(words()))
acc = [0]
acc.extend(squares(3))
acc += squares(4)
print(acc)
print(len(list(squares(1000))))
t = tuple(squares(0))
print(t, len(t), list(squares(1)))

def floats():
    yield 0.1
    yield 0.2
    yield 0.3

print(sum(floats()))
print(list(map(str, floats())))

def mixed():
    yield 1
    yield True
    yield 2.5

print(sum(mixed()))
print(list(reversed(list(squares(5)))))
try:
    reversed(squares(3))
except TypeError as e:
    print("TypeError:", e)
try:
    len(squares(3))
except TypeError as e:
    print("TypeError:", e)
try:
    squares(3)[0]
except TypeError as e:
    print("TypeError:", e)
