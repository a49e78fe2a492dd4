# RUN: %difftest %s
# A generator that yields again after GeneratorExit: close() raises
# RuntimeError: generator ignored GeneratorExit.
def stubborn():
    ignored = 0
    while ignored < 2:
        try:
            yield "still here"
        except GeneratorExit:
            ignored += 1
            print("  ignoring GeneratorExit", ignored)
    print("  gives up: returns normally")

g = stubborn()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print("generator still usable:", next(g))
print("second close ->", g.close())

def yields_in_finally():
    try:
        yield 1
    finally:
        print("  finally yields")
        yield 2
        print("  after the finally's yield")

h = yields_in_finally()
next(h)
try:
    h.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    print(list(h))
except GeneratorExit:
    print("the pending GeneratorExit resurfaces at the end of the finally")

def raises_other():
    try:
        yield
    except GeneratorExit:
        raise ValueError("replaced GeneratorExit")

r = raises_other()
next(r)
try:
    r.close()
except ValueError as e:
    print("close() raised ValueError:", e, "context:", type(e.__context__).__name__)
