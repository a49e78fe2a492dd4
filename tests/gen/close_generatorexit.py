# RUN: %difftest %s
# close() raises GeneratorExit at the suspended yield: handlers see it,
# finally blocks run, and close() returns None.
def watched(name):
    try:
        print(" ", name, "started")
        yield 1
        yield 2
    except GeneratorExit:
        print(" ", name, "got GeneratorExit")
        raise
    finally:
        print(" ", name, "finally")

g = watched("g")
print(next(g))
print("close ->", g.close())
print("close again ->", g.close())
print(next(g, "finished"))

def swallow_and_return():
    try:
        yield "a"
    except GeneratorExit:
        print("  swallowed, returning a value")
        return "ignored by close in 3.11"

s = swallow_and_return()
next(s)
print("close ->", s.close())

def catch_base():
    try:
        yield
    except BaseException as e:
        print("  BaseException handler sees", type(e).__name__, e.args)

c = catch_base()
next(c)
c.close()

def exception_handler_does_not_see_it():
    try:
        yield
    except Exception:
        print("  never: GeneratorExit is not an Exception")
    finally:
        print("  finally still runs")

x = exception_handler_does_not_see_it()
next(x)
x.close()
print(issubclass(GeneratorExit, Exception), issubclass(GeneratorExit, BaseException))
