# RUN: %difftest %s
# Local generator loops at module scope, and loops in functions defined
# before the generator function they iterate (the def comes later in the
# file, as long as it has run by the time of the call). Module-level loop
# variables are globals, visible to functions.
def early_consumer(n):
    out = []
    for x in later_gen(n):
        out.append(x)
    return out

def reads_global_loop_var():
    return "item is %r" % (item,)

def calls_later_before_def():
    try:
        for x in defined_at_the_end(2):
            print("not expected", x)
    except NameError as e:
        print("NameError:", e)

calls_later_before_def()

def later_gen(n):
    try:
        for i in range(n):
            yield i * 3
    finally:
        print("  later_gen finally")

print("early consumer:", early_consumer(3))

for item in later_gen(4):
    print("module item", item, "|", reads_global_loop_var())
    if item == 6:
        break
print("after module break, item =", item)

for item in later_gen(2):
    pass
else:
    print("module for/else, item =", item)

total = 0
for a in later_gen(3):
    for b in later_gen(2):
        total += a * b
print("module nested total =", total)

try:
    for item in later_gen(5):
        if item == 3:
            raise ValueError("module body")
except ValueError as e:
    print("module caught", e)

i = 0
while i < 2:
    for item in later_gen(2):
        print("while", i, "item", item)
    i += 1

if total:
    for item in later_gen(1):
        print("inside if:", item)

def defined_at_the_end(n):
    yield from range(n)

calls_later_before_def()
for q in defined_at_the_end(3):
    print("defined at the end:", q)
