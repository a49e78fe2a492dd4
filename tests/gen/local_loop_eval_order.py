# RUN: %difftest %s
# Evaluation order of a local generator loop's call: the function name is
# looked up first, then the arguments left to right, then the generator is
# created without running its body; the body starts at the first item.
# A name not yet bound (its def has not run) raises NameError before any
# argument is evaluated.
def arg(label, value):
    print("  evaluating argument", label)
    return value

def consumer():
    for x in late(arg("a", 1), arg("b", 2)):
        print("got", x)

try:
    consumer()
except NameError as e:
    print("NameError:", e)

def late(a, b):
    print("  late body starts with", a, b)
    yield a
    print("  late resumed")
    yield b
    print("  late ends")

consumer()
print("--")

def failing_argument():
    try:
        for x in late(arg("a", 1), 1 // 0):
            print("not expected", x)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)

failing_argument()
print("--")

def side_effects():
    items = [1, 2, 3]
    for x in late(items.pop(), items.pop()):
        print("got", x, "items now", items)

side_effects()
print("--")

def mutable_argument():
    data = [1, 2]
    for x in walk(data):
        print("got", x)
        if x == 1:
            data.append(3)
    print("data", data)

def walk(seq):
    i = 0
    while i < len(seq):
        yield seq[i]
        i += 1

mutable_argument()
print("--")

def walrus_in_args():
    for x in late((y := arg("walrus", 5)), y + 1):
        print("got", x, "y =", y)

walrus_in_args()
print("--")
for x in late(arg("m1", "p"), arg("m2", "q")):
    print("module got", x)
