# RUN: %difftest %s
# A return or break inside finally discards the pending exception (or the
# pending return value); continue inside finally (allowed since 3.8) too.
def return_in_finally():
    try:
        yield 1
        raise ValueError("discarded")
    finally:
        return "finally wins"

g = return_in_finally()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

def break_in_finally():
    for i in range(3):
        try:
            yield i
            raise KeyError(i)
        finally:
            print("  finally", i)
            break
    yield "after loop"

print(list(break_in_finally()))

def continue_in_finally():
    for i in range(3):
        try:
            yield i
            if i == 1:
                raise RuntimeError("skipped")
        finally:
            continue
    yield "end"

print(list(continue_in_finally()))

def return_overrides_return():
    try:
        yield "x"
        return "try value"
    finally:
        return "finally value"

g = return_overrides_return()
next(g)
try:
    next(g)
except StopIteration as e:
    print("StopIteration:", e.value)

def finally_swallows_throw():
    try:
        yield "waiting"
    finally:
        return "swallowed"

g = finally_swallows_throw()
next(g)
try:
    g.throw(ZeroDivisionError)
except StopIteration as e:
    print("throw ended with StopIteration:", e.value)
