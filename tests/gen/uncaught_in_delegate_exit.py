# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An exception raised three delegates deep passes through every yield from
# (running their finally blocks) and ends the program with status 1.
def leaf(n):
    for i in range(n):
        yield i
    raise LookupError(f"leaf ran out after {n}")

def middle():
    try:
        yield from leaf(2)
    finally:
        print("middle finally")

def top():
    try:
        yield from middle()
    finally:
        print("top finally")

for v in top():
    print("value", v)
print("not reached")
