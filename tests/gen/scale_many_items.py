# RUN: %difftest %s
# Larger counts: a million items through a for loop, many send() calls,
# a long yield from chain, and thousands of short-lived generators (each
# finalised while suspended).
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for v in numbers(1_000_000):
    total += v
print(total)

def running_total():
    total = 0
    while True:
        total += yield total

acc = running_total()
next(acc)
last = 0
for i in range(200_000):
    last = acc.send(i)
print(last)

def relay(depth, n):
    if depth == 0:
        yield from numbers(n)
    else:
        yield from relay(depth - 1, n)

print(sum(relay(30, 50_000)))
closed = 0

def short_lived(i):
    global closed
    try:
        yield i
        yield i
    finally:
        closed += 1

firsts = 0
for i in range(20_000):
    firsts += next(short_lived(i))
print(firsts, closed)
print(sum(x * x for x in range(300_000) if x % 7 == 3))
