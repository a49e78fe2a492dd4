# RUN: %difftest %s
# Local generator loops left by an exception raised in the loop body: the
# suspended generator's finally / __exit__ runs while the exception
# propagates, before the handler in the same function or in a caller.
class Res:
    def __enter__(self):
        print("  gen enter")
    def __exit__(self, et, ev, tb):
        print("  gen exit sees", et.__name__ if et else None)
        return False

def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  guarded finally")

def managed(n):
    with Res():
        for i in range(n):
            yield i

def catches_own():
    try:
        for x in guarded(5):
            print("got", x)
            if x == 2:
                raise ValueError("body failed at %d" % x)
        print("not reached")
    except ValueError as e:
        print("caught in same function:", e)
    print("after try in catches_own")

def raises_out():
    for x in managed(5):
        print("got", x)
        if x == 1:
            raise KeyError(x)
    print("not reached")

def caller():
    try:
        raises_out()
    except KeyError as e:
        print("caught in caller:", repr(e))
    print("after caller try")

def deep(level):
    if level == 0:
        for x in guarded(3):
            if x == 1:
                raise IndexError("deep")
    else:
        for y in guarded(2):
            print("  level", level, "item", y)
            deep(level - 1)

def consumer_finally_and_generator_finally():
    try:
        for x in guarded(4):
            try:
                if x == 1:
                    raise TypeError("inner")
            finally:
                print("consumer inner finally", x)
    finally:
        print("consumer outer finally")

def handled_inside_body():
    # an exception caught inside the body does not touch the generator
    for x in guarded(3):
        try:
            1 / (x - 1)
        except ZeroDivisionError:
            print("zero at", x)
    print("loop completed")

def context_of_exception():
    try:
        for x in guarded(3):
            if x == 1:
                raise RuntimeError("with context?")
    except RuntimeError as e:
        print("context:", repr(e.__context__))

catches_own()
print("--")
caller()
print("--")
try:
    deep(2)
except IndexError as e:
    print("deep caught:", e)
print("--")
try:
    consumer_finally_and_generator_finally()
except TypeError as e:
    print("caught:", e)
print("--")
handled_inside_body()
print("--")
context_of_exception()
print("end")
