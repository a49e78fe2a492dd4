# RUN: %difftest %s
# A generator's send looked up once and stored (`s = g.send; s(v)`), in a
# list, passed around, kept after the generator variable is gone; its repr
# and identity; the bound method keeps the generator alive; calling it with
# a wrong number of arguments.
def squares():
    total = 0
    try:
        while True:
            v = yield total
            total += v * v
    finally:
        print("  squares closed, total =", total)

def hot(n):
    g = squares()
    s = g.send
    s(None)
    for i in range(n):
        s(i)
    return s(0)

print("hot:", hot(1000000))

def stored_elsewhere():
    senders = [squares().send for _ in range(3)]
    for s in senders:
        s(None)
    for i in range(10):
        senders[i % 3](i)
    print("totals:", [s(0) for s in senders])
    print("same generator:", senders[0].__self__ is senders[0].__self__, senders[0] == senders[0])
    print("method name:", senders[0].__name__)
    print("dropping senders")
    del senders
    print("dropped")

stored_elsewhere()

def keeps_alive():
    g = squares()
    s = g.send
    del g
    s(None)
    print("after del g, send still works:", s(3))
    print("dropping the bound method")
    s = None
    print("dropped")

keeps_alive()

def bad_calls():
    g = squares()
    s = g.send
    for args in [(), (1, 2)]:
        try:
            s(*args)
        except TypeError as e:
            print("TypeError:", e)
    try:
        s(v=1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        s(1)
    except TypeError as e:
        print("TypeError:", e)
    s(None)
    print("ok after errors:", s(2))
    g.close()

bad_calls()

def via_getattr(n):
    g = squares()
    send = getattr(g, "send")
    send(None)
    for i in range(n):
        send(1)
    r = send(0)
    g.close()
    return r

print("getattr:", via_getattr(100000))

def passed_as_callback(fn, values):
    out = None
    for v in values:
        out = fn(v)
    return out

g = squares()
next(g)
print("callback:", passed_as_callback(g.send, range(5)))
del g
print("end")
