# RUN: %difftest %s
# A for loop over a call of a known generator function (local generator
# loop): leaving the loop with break while the generator is suspended inside
# try/finally or a with block runs the finally / __exit__ at the break,
# before the statement after the loop.
class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  enter", self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", self.name, et)
        return False

def guarded(n):
    print("  guarded starts", n)
    try:
        for i in range(n):
            yield i
    finally:
        print("  guarded finally", n)
    print("  guarded after try")

def managed(n):
    with Res("r%d" % n) as r:
        for i in range(n):
            yield (r.name, i)
    print("  managed after with")

def nested_tries(n):
    try:
        try:
            for i in range(n):
                yield i
        finally:
            print("  inner finally")
    finally:
        print("  outer finally")

def plain(n):
    i = 0
    while i < n:
        yield i
        i += 1

def break_in_finally_gen():
    for x in guarded(10):
        print("got", x)
        if x == 2:
            print("breaking")
            break
    print("after loop")

def break_in_with_gen():
    for item in managed(5):
        print("got", item)
        if item[1] == 1:
            break
    print("after loop")

def break_nested():
    for x in nested_tries(4):
        if x == 1:
            break
    print("after nested loop")

def break_before_start():
    # break on the first item: the generator was suspended at its first yield
    for x in guarded(3):
        break
    print("after immediate break", x)

def no_break():
    for x in guarded(2):
        print("got", x)
    print("after full loop")

def exhausted_then_break_other():
    for x in plain(3):
        pass
    print("plain done", x)
    for x in managed(2):
        pass
    print("managed done", x)

def break_from_inner_loop():
    for a in guarded(3):
        for b in guarded(3):
            if b == 1:
                print("inner break at", a, b)
                break
        if a == 1:
            print("outer break at", a)
            break
    print("after both loops")

def continue_then_break():
    for x in guarded(6):
        if x % 2 == 0:
            continue
        print("odd", x)
        if x == 3:
            break
    print("after continue/break")

def break_inside_consumer_try():
    try:
        for x in guarded(5):
            try:
                if x == 1:
                    break
            finally:
                print("consumer finally", x)
    finally:
        print("consumer outer finally")
    print("after consumer try")

def break_inside_consumer_with():
    with Res("consumer"):
        for x in managed(3):
            if x[1] == 0:
                print("breaking inside consumer with")
                break
        print("still inside consumer with")
    print("after consumer with")

break_in_finally_gen()
print("--")
break_in_with_gen()
print("--")
break_nested()
print("--")
break_before_start()
print("--")
no_break()
print("--")
exhausted_then_break_other()
print("--")
break_from_inner_loop()
print("--")
continue_then_break()
print("--")
break_inside_consumer_try()
print("--")
break_inside_consumer_with()
print("end")
