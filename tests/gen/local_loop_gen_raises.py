# RUN: %difftest %s
# Local generator loops whose generator raises mid-iteration: the exception
# reaches the consumer at the for line (caught there, or further up); the
# generator is finished afterwards. Also StopIteration raised explicitly in
# the generator (PEP 479: RuntimeError with __cause__), a generator's return
# value (ignored by for) and for/else with and without break.
def failing(n, at):
    try:
        for i in range(n):
            if i == at:
                raise ValueError("failed at %d" % i)
            yield i
    finally:
        print("  failing finally")

def stop_explicit(n):
    yield "first"
    if n:
        raise StopIteration("explicit")
    yield "second"

def stop_from_next():
    it = iter([1])
    yield next(it)
    yield next(it)  # StopIteration escaping the body

def returns(n):
    for i in range(n):
        yield i
    return "the return value"

def consume_failing():
    got = []
    try:
        for x in failing(5, 3):
            got.append(x)
    except ValueError as e:
        print("caught:", e, "after", got)

def consume_caller_catches():
    for x in failing(3, 1):
        print("got", x)
    print("not reached")

def consume_stop(n):
    try:
        for x in stop_explicit(n):
            print("got", x)
        print("loop finished normally")
    except RuntimeError as e:
        print("RuntimeError:", e)
        print("cause:", repr(e.__cause__))
        print("context is cause:", e.__context__ is e.__cause__)

def consume_stop_from_next():
    try:
        for x in stop_from_next():
            print("got", x)
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__)

def consume_returns():
    for x in returns(3):
        print("got", x)
    else:
        print("else ran: return value ignored")

def for_else_break():
    for x in returns(5):
        if x == 2:
            break
    else:
        print("else not expected")
    print("broke at", x)

def for_else_empty():
    for x in returns(0):
        print("not expected")
    else:
        print("empty generator: else ran")

def for_else_with_continue():
    for x in returns(4):
        if x < 3:
            continue
        print("last", x)
    else:
        print("else after continue")

def exception_in_else():
    try:
        for x in returns(2):
            pass
        else:
            raise KeyError("from else")
    except KeyError as e:
        print("caught from else:", e)

consume_failing()
print("--")
try:
    consume_caller_catches()
except ValueError as e:
    print("caller caught:", e)
print("--")
consume_stop(1)
consume_stop(0)
print("--")
consume_stop_from_next()
print("--")
consume_returns()
for_else_break()
for_else_empty()
for_else_with_continue()
exception_in_else()
print("end")
