# RUN: %difftest %s
# The exception being handled survives a yield inside an except block:
# a bare raise after resuming re-raises it, and exceptions raised there
# get it as __context__. The caller's own handled exception does not leak
# into the generator and vice versa.
import sys

def handler_with_yield():
    try:
        raise KeyError("original")
    except KeyError:
        yield "suspended inside except"
        print("  after resume, handling:", repr(sys.exc_info()[1]))
        raise

g = handler_with_yield()
print(next(g))
print("caller sees no exception:", sys.exc_info()[1])
try:
    next(g)
except KeyError as e:
    print("bare raise re-raised:", repr(e))

def context_after_yield():
    try:
        1 / 0
    except ZeroDivisionError:
        yield "in handler"
        raise ValueError("new")

g = context_after_yield()
next(g)
try:
    raise IndexError("caller's own")
except IndexError:
    try:
        next(g)
    except ValueError as e:
        print("ValueError context:", type(e.__context__).__name__)

def sees_caller_exception():
    yield repr(sys.exc_info()[1])
    yield repr(sys.exc_info()[1])

g = sees_caller_exception()
print(next(g))
try:
    raise TypeError("outer")
except TypeError:
    print(next(g))
print(sys.exc_info())
