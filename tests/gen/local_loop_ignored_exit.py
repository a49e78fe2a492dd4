# RUN: %difftest %s
# Local generator loops whose generator misbehaves when closed: it catches
# GeneratorExit and yields again (CPython reports "generator ignored
# GeneratorExit" as an unraisable exception on stderr and goes on), raises
# another exception from its finally (also unraisable at a break), or
# catches GeneratorExit and returns normally. The loop's caller carries on.
def stubborn(n):
    for i in range(n):
        try:
            yield i
        except GeneratorExit:
            print("  stubborn caught GeneratorExit at", i)
            yield "again"
            print("  never resumed")

def raising_finally(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  raising_finally raises")
        raise ValueError("from finally")

def polite(n):
    try:
        for i in range(n):
            yield i
    except GeneratorExit:
        print("  polite caught GeneratorExit, returns")
        return "ignored value"

def returns_value_in_finally(n):
    try:
        yield from range(n)
    finally:
        print("  finally with return")
        return 5

def swallow_then_raise_again(n):
    try:
        yield n
    except GeneratorExit:
        print("  converting GeneratorExit")
        raise KeyError("converted")

def break_stubborn():
    for x in stubborn(5):
        print("got", x)
        if x == 1:
            break
    print("after stubborn break")

def return_stubborn():
    for x in stubborn(5):
        if x == 2:
            print("returning")
            return "value %d" % x
    return None

def raise_stubborn():
    try:
        for x in stubborn(5):
            if x == 0:
                raise LookupError("body")
    except LookupError as e:
        print("caught", repr(e))

def break_raising_finally():
    for x in raising_finally(5):
        if x == 1:
            break
    print("after raising_finally break")

def exception_replaced_by_finally():
    # the generator was closed during propagation of the body's exception;
    # its own ValueError is unraisable too, the body's exception goes on
    try:
        for x in raising_finally(5):
            if x == 1:
                raise IndexError("body")
    except (IndexError, ValueError) as e:
        print("caught", repr(e))

def break_polite():
    for x in polite(5):
        if x == 3:
            break
    print("after polite break")

def break_returning_finally():
    for x in returns_value_in_finally(3):
        break
    print("after returning finally")

def break_converted():
    for x in swallow_then_raise_again(7):
        print("got", x)
        break
    print("after converted break")

break_stubborn()
print("--")
print(return_stubborn())
print("--")
raise_stubborn()
print("--")
break_raising_finally()
print("--")
exception_replaced_by_finally()
print("--")
break_polite()
print("--")
break_returning_finally()
print("--")
break_converted()
print("--")
for x in stubborn(3):
    if x == 1:
        break
print("module level after stubborn break")
print("end")
