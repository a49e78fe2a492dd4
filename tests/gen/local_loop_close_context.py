# RUN: %difftest %s
# What a generator sees when a local generator loop closes it: the
# GeneratorExit it catches (and its __context__), sys.exc_info() in its
# finally, at a break, at a return, while the body's exception propagates,
# and when the consumer breaks from inside its own except handler. Finally
# blocks that themselves raise and catch exceptions, or run local
# generator loops, while the generator is being closed.
import sys

def observed(tag):
    try:
        yield 1
        yield 2
    except GeneratorExit as e:
        print("  %s: GeneratorExit context=%r" % (tag, e.__context__))
        raise
    finally:
        print("  %s: finally exc_info=%r" % (tag, sys.exc_info()[1]))

def inner_items():
    try:
        yield "i1"
        yield "i2"
    finally:
        print("    inner_items finally")

def busy_finally(tag):
    try:
        yield 1
        yield 2
    finally:
        try:
            raise KeyError("inside finally")
        except KeyError as e:
            print("  %s: caught %r in finally, context=%r" % (tag, e, e.__context__))
        for x in inner_items():
            print("    finally loop", x)
            break
        print("  %s: finally done, exc_info=%r" % (tag, sys.exc_info()[1]))

def at_break(gen_fn):
    for x in gen_fn("break"):
        break
    print("after break, exc_info:", sys.exc_info()[1])

def at_return(gen_fn):
    for x in gen_fn("return"):
        return x

def at_exception(gen_fn):
    try:
        for x in gen_fn("exception"):
            raise ValueError("body")
    except ValueError as e:
        print("caught", repr(e), "context:", repr(e.__context__))

def in_handler(gen_fn):
    try:
        raise TypeError("consumer handling")
    except TypeError:
        for x in gen_fn("in handler"):
            break
        print("still handling:", repr(sys.exc_info()[1]))

def exhausted(gen_fn):
    for x in gen_fn("exhausted"):
        pass
    print("exhausted loop done")

for fn in (observed, busy_finally):
    print("==", fn.__name__)
    at_break(fn)
    print("return:", at_return(fn))
    at_exception(fn)
    in_handler(fn)
    exhausted(fn)
