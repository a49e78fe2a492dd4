# RUN: %difftest %s
# Ten million send() calls to a running-total generator, plain and through
# a stored bound method, the result compared at the end; plus a generator
# that yields a value depending on the sent one (so no send can be skipped).
def running_total():
    total = 0
    while True:
        total += yield total

def parity():
    state = 0
    while True:
        v = yield state
        state = (state * 31 + v) % 1000003

def plain(n):
    g = running_total()
    next(g)
    for i in range(n):
        g.send(i)
    return g.send(0)

def stored(n):
    g = parity()
    send = g.send
    send(None)
    r = 0
    for i in range(n):
        r = send(i)
    return r

print(plain(10000000))
print(stored(3000000))
