# RUN: %difftest %s
# Local generator loops whose body raises an exception that something then
# swallows: a with block around the loop whose __exit__ suppresses it (the
# generator is closed first, then __exit__ runs), a break or continue in a
# finally inside the body, a return in a finally around the loop; the
# generator is closed exactly once, at the moment CPython closes it.
class Suppress:
    def __enter__(self):
        print("  suppress enter")
    def __exit__(self, et, ev, tb):
        print("  suppress exit with", et.__name__ if et else None)
        return True

def guarded(tag, n):
    try:
        for i in range(n):
            yield i
    finally:
        print("  %s finally" % tag)

def suppressed():
    with Suppress():
        for x in guarded("suppressed", 5):
            print("got", x)
            if x == 1:
                raise ValueError("swallowed")
        print("not reached")
    print("after with")

def break_in_finally():
    for x in guarded("break-in-finally", 5):
        try:
            if x == 2:
                raise KeyError("lost")
        finally:
            if x == 2:
                print("breaking from finally")
                break
    print("after loop, x =", x)

def continue_in_finally():
    for x in guarded("continue-in-finally", 4):
        try:
            if x % 2:
                raise KeyError("lost %d" % x)
        finally:
            print("finally of", x)
            continue
    print("after loop")

def return_in_finally():
    try:
        for x in guarded("return-in-finally", 5):
            if x == 3:
                raise IndexError("lost")
    finally:
        print("returning from finally")
        return "returned"

def inner_loop_swallowed():
    for a in guarded("outer", 3):
        with Suppress():
            for b in guarded("inner", 3):
                if b == a:
                    raise RuntimeError("inner %d" % a)
        print("outer continues after", a)

suppressed()
print("--")
break_in_finally()
print("--")
continue_in_finally()
print("--")
print(return_in_finally())
print("--")
inner_loop_swallowed()
