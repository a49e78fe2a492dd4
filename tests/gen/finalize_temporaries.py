# RUN: %difftest %s
# Generators that are only temporaries die as soon as CPython drops them:
# the hidden iterator of a for loop right after break, a generator used as
# a call argument right after that call returns (before the outer call).
def tracked(name):
    try:
        yield name
        yield name
    finally:
        print("  finally", name)

for v in tracked("for-break"):
    print("loop body", v)
    break
print("after the loop with break")

for outer in range(2):
    for v in tracked(f"inner loop {outer}"):
        break
    print("outer iteration", outer, "done")

print("temporary:", next(tracked("argument")))
print("after the temporary")
next(tracked("statement"))
print("after the expression statement")
first = next(x.upper() for x in tracked("genexp source"))
print("first:", first)

def in_function():
    for v in tracked("for-return"):
        return v
    return None

print("returned", in_function())
