# RUN: %difftest %s
# close() through yield from closes the delegate first (its finally runs
# before the outer one); a delegate ignoring GeneratorExit makes close()
# raise RuntimeError.
def inner(name):
    try:
        yield name + "-1"
        yield name + "-2"
    finally:
        print("  finally of", name)

def middle():
    try:
        yield from inner("a")
        yield from inner("b")
    finally:
        print("  finally of middle")

def top():
    try:
        yield from middle()
    except GeneratorExit:
        print("  top saw GeneratorExit")
        raise
    finally:
        print("  finally of top")

g = top()
print(next(g), next(g), next(g))
g.close()
print("closed")

def ignoring_delegate():
    ignored = False
    while True:
        try:
            yield "delegate"
        except GeneratorExit:
            if ignored:
                print("  delegate obeys GeneratorExit this time")
                return
            ignored = True
            print("  delegate ignores GeneratorExit")

def wrapper(delegate):
    try:
        yield from delegate
    finally:
        print("  wrapper finally")

d = ignoring_delegate()
w = wrapper(d)
next(w)
try:
    w.close()
except RuntimeError as e:
    print("RuntimeError:", e)
print(next(w, "wrapper finished"))
print("delegate still suspended:", next(d))
d.close()

def list_delegate():
    try:
        yield from [1, 2, 3]
    finally:
        print("  list delegate wrapper finally")

l = list_delegate()
next(l)
l.close()
print("done")
