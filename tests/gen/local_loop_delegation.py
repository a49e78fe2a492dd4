# RUN: %difftest %s
# Local generator loops over generators that delegate with yield from (to
# another generator, a list, a range, a string): items, break while the
# delegate is suspended (inner finally before outer finally), exceptions
# from the delegate, and the delegate's return value inside the generator.
def leaf(tag, n):
    try:
        for i in range(n):
            yield "%s%d" % (tag, i)
        return tag.upper()
    finally:
        print("  leaf finally", tag)

def middle(n):
    try:
        r = yield from leaf("a", n)
        print("  middle got return", r)
        yield from [10, 20]
        yield from range(2)
        yield from "xy"
        r = yield from leaf("b", n)
        print("  middle got return", r)
    finally:
        print("  middle finally")

def top(n):
    yield "start"
    yield from middle(n)
    yield "end"

def failing_leaf():
    yield 1
    raise ValueError("leaf failed")

def catching_middle():
    try:
        yield from failing_leaf()
    except ValueError as e:
        print("  middle caught", e)
        yield "recovered"
    yield "after"

def delegate_to_list_then_break():
    try:
        yield from [1, 2, 3, 4]
    finally:
        print("  list delegate finally")

def full():
    for x in top(2):
        print("got", x)

def break_in_leaf():
    for x in top(3):
        print("got", x)
        if x == "a1":
            break
    print("after break in leaf")

def break_in_list_part():
    for x in top(1):
        if x == 20:
            print("break at", x)
            break
    print("after break in list part")

def return_in_second_leaf():
    for x in top(2):
        if x == "b0":
            return x
    return None

def body_raises_while_delegating():
    try:
        for x in top(2):
            if x == "a0":
                raise RuntimeError("body")
    except RuntimeError as e:
        print("caught", e)

def recovering():
    for x in catching_middle():
        print("got", x)

def break_list():
    for x in delegate_to_list_then_break():
        if x == 2:
            break
    print("after list break")

def nested_same_delegate():
    for x in top(1):
        for y in top(1):
            if y == "a0":
                break
        print("outer", x)
        if x == "a0":
            break
    print("after nested")

full()
print("--")
break_in_leaf()
print("--")
break_in_list_part()
print("--")
print("returned", return_in_second_leaf())
print("--")
body_raises_while_delegating()
print("--")
recovering()
print("--")
break_list()
print("--")
nested_same_delegate()
print("end")
