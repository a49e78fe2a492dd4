# RUN: %difftest %s
# throw() and close() mixed with send() in hot loops: throw handled by the
# generator (its next yield is throw's result), throw with a class, an
# instance and a class plus value; close() runs finally; send after close
# and after an uncaught throw gives StopIteration; throw into a finished or
# unstarted generator; close() on delegating chains.
def resilient():
    total = 0
    errors = 0
    while True:
        try:
            v = yield (total, errors)
            total += v
        except ValueError:
            errors += 1
        except GeneratorExit:
            print("  resilient closing with", total, errors)
            raise

def hot_mix(n):
    g = resilient()
    next(g)
    state = None
    for i in range(n):
        if i % 7 == 0:
            state = g.throw(ValueError)
        elif i % 11 == 0:
            state = g.throw(ValueError("instance"))
        else:
            state = g.send(i)
    g.close()
    return state

print("hot mix:", hot_mix(200000))

def finisher():
    try:
        yield 1
        yield 2
    finally:
        print("  finisher finally")

def after_close():
    g = finisher()
    next(g)
    g.close()
    for attempt in range(2):
        try:
            g.send(None)
        except StopIteration as e:
            print("send after close: StopIteration", e.args)
    try:
        g.throw(KeyError("late"))
    except KeyError as e:
        print("throw after close raises it:", repr(e))
    print("close again:", g.close())

def after_uncaught_throw():
    g = finisher()
    next(g)
    try:
        g.throw(LookupError, LookupError("lookup"))
    except LookupError as e:
        print("uncaught throw:", repr(e))
    try:
        g.send(1)
    except StopIteration:
        print("send after uncaught throw: StopIteration")

def unstarted():
    g = finisher()
    try:
        g.throw(ValueError("before start"))
    except ValueError as e:
        print("throw unstarted:", e)
    try:
        next(g)
    except StopIteration:
        print("then exhausted")
    g = finisher()
    print("close unstarted:", g.close())
    try:
        g.send(None)
    except StopIteration:
        print("send after close unstarted: StopIteration")

def inner():
    try:
        while True:
            v = yield "inner"
            if v == "fail":
                raise ZeroDivisionError("inner failed")
    finally:
        print("  inner finally")

def outer():
    try:
        yield from inner()
    except ZeroDivisionError as e:
        print("  outer caught", e)
        yield "outer recovered"
    finally:
        print("  outer finally")

def chain_close():
    g = outer()
    next(g)
    for i in range(50000):
        g.send(i)
    g.close()
    print("chain closed")
    g = outer()
    next(g)
    print(g.send("fail"))
    g.close()
    print("--")
    g = outer()
    next(g)
    try:
        g.throw(ZeroDivisionError("thrown"))
    except StopIteration:
        pass
    print("outer handled the thrown error")

after_close()
after_uncaught_throw()
unstarted()
chain_close()
