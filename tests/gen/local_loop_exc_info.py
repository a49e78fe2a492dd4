# RUN: %difftest %s
# Local generator loops whose generator yields inside an except handler:
# in the loop body sys.exc_info() is the consumer's own state (None, or the
# exception the consumer is handling), never the generator's; back in the
# generator, its handled exception is restored. A bare raise in the
# generator re-raises its own exception.
import sys

def yields_in_handler(n):
    for i in range(n):
        try:
            raise KeyError("gen %d" % i)
        except KeyError:
            yield i
            print("  gen resumed, handling", repr(sys.exc_info()[1]))
    print("  gen after loop, handling", sys.exc_info()[1])

def yields_in_handler_then_reraises():
    try:
        raise IndexError("inner")
    except IndexError:
        yield "in handler"
        raise

def yields_in_finally_during_exception():
    try:
        try:
            raise ValueError("pending")
        finally:
            yield "in finally"
            print("  after yield in finally:", repr(sys.exc_info()[1]))
    except ValueError as e:
        print("  gen caught its own", repr(e))
        yield "handled"

def show(where):
    print(where, "exc_info:", repr(sys.exc_info()[1]))

def consumer_plain():
    for x in yields_in_handler(2):
        show("body %d" % x)
    show("after loop")

def consumer_in_handler():
    try:
        raise TypeError("consumer's")
    except TypeError:
        for x in yields_in_handler(2):
            show("body %d" % x)
        show("after loop, still in handler")
    show("after handler")

def consumer_reraise():
    try:
        for x in yields_in_handler_then_reraises():
            show("body " + x)
    except IndexError as e:
        print("consumer caught", repr(e), "context", repr(e.__context__))

def consumer_finally():
    for x in yields_in_finally_during_exception():
        show("body " + x)

def consumer_break_in_handler_gen():
    for x in yields_in_handler(5):
        if x == 1:
            break
    show("after break")

def consumer_raises_in_body():
    try:
        for x in yields_in_handler(3):
            raise OSError("body error")
    except OSError as e:
        print("caught", repr(e), "context:", repr(e.__context__))

consumer_plain()
print("--")
consumer_in_handler()
print("--")
consumer_reraise()
print("--")
consumer_finally()
print("--")
consumer_break_in_handler_gen()
print("--")
consumer_raises_in_body()
print("--")
for x in yields_in_handler(2):
    show("module body %d" % x)
show("module end")
