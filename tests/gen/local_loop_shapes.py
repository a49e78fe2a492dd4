# RUN: %difftest %s
# Local generator loops of many shapes: nested loops over the same generator
# function, a recursive plain function looping over a generator at every
# level, zero-parameter generators, generators that mutate their parameters
# (the caller's objects and names are not affected beyond what Python does),
# tuple targets, star targets, attribute/subscript targets, and many
# iterations.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

def pairs(n):
    for i in range(n):
        yield i, i * i

def triples(n):
    for i in range(n):
        yield (i, (i + 1, i + 2))

def nothing():
    return
    yield

def three():
    yield "a"
    yield "b"
    yield "c"

def mutating(n, acc, label):
    while n > 0:
        n -= 1
        acc.append(n)
        label = label + "!"
        yield n, label
    print("  mutating done: n =", n, "label =", label)

def nested_same():
    for i in count(3):
        for j in count(i):
            for k in count(j):
                print("ijk", i, j, k)

def recurse(depth, path):
    if depth == 0:
        print("leaf", path)
        return 1
    total = 0
    for i in count(2):
        total += recurse(depth - 1, path + str(i))
    return total

def tuple_targets():
    for a, b in pairs(4):
        print("a, b =", a, b)
    for a, (b, c) in triples(3):
        print("a, b, c =", a, b, c)
    for first, *rest in [(1, 2, 3)] and triples(1):
        print("first, rest =", first, rest)

class Box:
    pass

def odd_targets():
    box = Box()
    slots = [None, None]
    for box.value in count(2):
        print("box.value =", box.value)
    for slots[1] in three():
        pass
    print("slots =", slots)
    d = {}
    for d["k"], d["v"] in pairs(3):
        pass
    print("d =", d)

def zero_params():
    for x in nothing():
        print("not expected")
    print("nothing yielded")
    for x in three():
        for y in three():
            print(x + y, end=" ")
    print()

def mutated_params():
    acc = []
    n = 3
    label = "L"
    for m, lab in mutating(n, acc, label):
        print("m, lab =", m, lab)
    print("caller n =", n, "label =", label, "acc =", acc)

def many():
    total = 0
    for x in count(1000000):
        total += x
    print("sum of count(1000000) =", total)
    s = 0
    for a, b in pairs(100000):
        s += b - a
    print("pairs sum =", s)
    c = 0
    for i in count(300):
        for j in count(300):
            c += 1
    print("nested count =", c)

def loop_var_after(n):
    x = "unset"
    for x in count(n):
        pass
    return x

nested_same()
print("--")
print("recurse total =", recurse(3, ""))
print("--")
tuple_targets()
print("--")
odd_targets()
print("--")
zero_params()
print("--")
mutated_params()
print("--")
many()
print("--")
print("loop var after:", loop_var_after(4), loop_var_after(0))
