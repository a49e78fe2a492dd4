# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An exception raised inside a generator consumed by a local generator loop
# and never caught ends the program with a traceback (exit status 1); the
# generator's finally runs first, and the consumer's finally blocks too.
def failing(n):
    try:
        for i in range(n):
            if i == 2:
                raise ValueError("generator failed at %d" % i)
            yield i
    finally:
        print("generator finally")

def consumer():
    try:
        total = 0
        for x in failing(5):
            print("got", x)
            total += x
        print("not reached", total)
    finally:
        print("consumer finally")

def outer():
    for x in failing(1):
        print("outer got", x)
    consumer()

outer()
print("not reached")
