# RUN: %difftest %s
# A suspended generator whose last reference goes away is closed then and
# there: its finally blocks print at that moment (del, rebinding, popping
# it from a list, overwriting a dict entry).
def tracked(name):
    try:
        print("  start", name)
        yield 1
        yield 2
    finally:
        print("  finally", name)

g = tracked("del")
next(g)
print("before del")
del g
print("after del")

g = tracked("first")
next(g)
print("before rebinding")
g = tracked("second")
print("after rebinding (second not started)")
next(g)
g = None
print("after g = None")

pool = [tracked("in list 0"), tracked("in list 1")]
for p in pool:
    next(p)
del p
print("popping")
pool.pop()
print("clearing")
pool.clear()
print("cleared")

table = {"k": tracked("dict value")}
next(table["k"])
table["k"] = 0
print("overwritten")

alias = tracked("aliased")
next(alias)
other = alias
del alias
print("one reference left")
other = 5
print("none left")
never_started = tracked("never started")
del never_started
print("a never-started generator has nothing to finalise")
