# RUN: %difftest %s
# throw() at a yield inside nested try/finally: handlers and finally blocks
# run innermost first; a handler that returns ends the generator with a
# StopIteration carrying the value; a handler may raise something else.
def nested():
    try:
        try:
            yield "inner"
        finally:
            print("  inner finally")
    except ZeroDivisionError as e:
        print("  outer handler", e)
        return "handled-and-returned"
    finally:
        print("  outer finally")
    yield "never"

g = nested()
print(next(g))
try:
    g.throw(ZeroDivisionError("zd"))
except StopIteration as e:
    print("StopIteration value:", e.value)

def translate():
    try:
        yield 1
    except LookupError as e:
        raise ValueError("translated") from e

g = translate()
next(g)
try:
    g.throw(IndexError("original"))
except ValueError as e:
    print("ValueError:", e, "cause:", repr(e.__cause__))

def context_chain():
    try:
        yield 1
    except KeyError:
        yield "in handler"
        raise TypeError("second")

g = context_chain()
next(g)
print(g.throw(KeyError("first")))
try:
    next(g)
except TypeError as e:
    print("TypeError:", e, "context:", repr(e.__context__))

def reraise():
    try:
        yield
    except Exception as e:
        print("  saw", type(e).__name__)
        raise

g = reraise()
next(g)
try:
    g.throw(OSError("io"))
except OSError as e:
    print("re-raised:", e)
