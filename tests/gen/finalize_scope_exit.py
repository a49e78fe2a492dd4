# RUN: %difftest %s
# Generators held in a function's locals die when the function returns
# (the finally prints before the caller's next line), also when it exits
# by an exception; a generator returned to the caller lives on.
def tracked(name):
    try:
        yield name
        yield name
    finally:
        print("  finally", name)

def uses_local():
    g = tracked("local")
    print("  first value", next(g))
    print("  returning")
    return "returned"

print(uses_local())
print("after the call")

def two_locals():
    a = tracked("a")
    b = tracked("b")
    next(a)
    next(b)
    print("  leaving two_locals")

two_locals()
print("after two_locals")

def raises_with_local():
    g = tracked("local in failing function")
    next(g)
    raise ValueError("fails")

try:
    raises_with_local()
except ValueError:
    pass
print("after the except clause")

def returns_generator():
    g = tracked("escapes")
    next(g)
    return g

kept = returns_generator()
print("still alive:", next(kept))
del kept
print("end")
