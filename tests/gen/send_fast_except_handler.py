# RUN: %difftest %s
# send() into a generator suspended inside an except handler (or a finally
# run by an exception): the sent value arrives, the generator's handled
# exception is its own again after the resume (sys.exc_info, bare raise,
# __context__ of new exceptions), and the sender's handled exception is
# never seen by the generator nor replaced by the generator's.
import sys

def handler_echo():
    count = 0
    while True:
        try:
            raise KeyError("round %d" % count)
        except KeyError:
            v = yield sys.exc_info()[1].args[0]
            if v == "reraise":
                raise
            if v == "new":
                raise ValueError("new error")
            if v == "show":
                print("  generator handling:", repr(sys.exc_info()[1]))
            count += 1

def show(label):
    print(label, repr(sys.exc_info()[1]))

def plain_sender():
    g = handler_echo()
    print(next(g))
    show("sender after next:")
    print(g.send("show"))
    show("sender after send:")
    for i in range(100000):
        g.send(i)
    print("after hot loop:", g.send("show"))
    try:
        g.send("new")
    except ValueError as e:
        print("ValueError:", e, "| context:", repr(e.__context__))
    show("sender at end:")

def sender_in_handler():
    g = handler_echo()
    next(g)
    try:
        raise TypeError("sender's own")
    except TypeError:
        print(g.send("show"))
        show("sender, still handling:")
        try:
            g.send("reraise")
        except KeyError as e:
            print("re-raised:", repr(e), "| context:", repr(e.__context__))
        show("sender, after re-raise:")
    show("sender after handler:")

def finally_with_yield():
    try:
        try:
            raise IndexError("pending")
        finally:
            v = yield "in finally"
            print("  finally got", v, "while", repr(sys.exc_info()[1]))
    except IndexError as e:
        v = yield "caught %r" % (e,)
        print("  handler got", v)

def finally_sender():
    g = finally_with_yield()
    print(next(g))
    print(g.send(1))
    try:
        g.send(2)
    except StopIteration:
        print("finished")
    show("after:")

def nested_handlers():
    try:
        raise OSError("outer")
    except OSError:
        try:
            raise EOFError("inner")
        except EOFError:
            v = yield "inner handler"
            print("  got", v, "handling", repr(sys.exc_info()[1]))
        v = yield "outer handler"
        print("  got", v, "handling", repr(sys.exc_info()[1]))
    v = yield "no handler"
    print("  got", v, "handling", repr(sys.exc_info()[1]))

def nested_sender():
    g = nested_handlers()
    print(next(g))
    print(g.send("a"))
    print(g.send("b"))
    try:
        g.send("c")
    except StopIteration:
        print("done")

plain_sender()
print("--")
sender_in_handler()
print("--")
finally_sender()
print("--")
nested_sender()
