# RUN: %difftest %s
# throw() with a class, an instance, (type, value) and (type, value, None):
# the exception is raised at the suspended yield and caught there.
# (3.11 accepts the 2- and 3-argument forms without a warning; 3.12
# deprecates them.)
def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("  caught ValueError", e.args, type(e).__name__)
            n += 100
        except KeyError as e:
            print("  caught KeyError", repr(e))
            n += 1000
        n += 1

g = catcher()
print(next(g))
print(g.throw(ValueError))
print(g.throw(ValueError("instance")))
print(g.throw(ValueError, "value as message"))
print(g.throw(ValueError, ("a", "b")))
print(g.throw(ValueError, ValueError("v instance")))
print(g.throw(ValueError, ValueError("with tb None"), None))
print(g.throw(KeyError, "k"))
print(g.throw(KeyError("k2")))
print(next(g))
# A value that is not an instance of the type becomes its argument.
print(g.throw(ValueError, TypeError("mismatch")))
try:
    g.throw("not an exception")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(int)
except TypeError as e:
    print("TypeError:", e)
print(next(g))
