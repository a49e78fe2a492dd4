# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An exception raised in the body of a module-level local generator loop and
# never caught: the suspended generator is closed as the module frame
# unwinds (its finally prints), then the traceback, exit status 1.
def guarded(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("generator finally")

def consume():
    for y in guarded(4):
        print("inner", y)
        if y == 1:
            print("raising")
            raise KeyError("body %d" % y)

for x in guarded(5):
    print("module got", x)
    if x == 1:
        consume()
print("not reached")
