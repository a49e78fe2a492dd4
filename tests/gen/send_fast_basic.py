# RUN: %difftest %s
# gen.send(v) in hot loops: priming with send(None), the TypeError for a
# non-None value sent to a just-started generator (the generator stays
# startable), StopIteration (with the return value) once the generator has
# finished and on every later send, and long running totals.
def running_total():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v

def limited(n):
    got = []
    for i in range(n):
        got.append((yield i))
    return got

def hot_total(n):
    g = running_total()
    g.send(None)
    last = 0
    for i in range(n):
        last = g.send(i)
    return last

def just_started():
    g = running_total()
    for value in (1, "x", 0, [], False):
        try:
            g.send(value)
        except TypeError as e:
            print("send(%r): TypeError: %s" % (value, e))
    print("still startable:", g.send(None), g.send(5), g.send(6))

def after_finish():
    g = limited(2)
    print("prime:", g.send(None))
    print("send a ->", g.send("a"))
    try:
        g.send("b")
    except StopIteration as e:
        print("StopIteration value:", e.value, "args:", e.args)
    for i in range(3):
        try:
            g.send(i)
        except StopIteration as e:
            print("again: StopIteration value:", e.value, "args:", e.args)
    try:
        next(g)
    except StopIteration as e:
        print("next after finish:", repr(e.value))

def stop_by_none():
    g = running_total()
    next(g)
    for i in range(1, 11):
        g.send(i)
    try:
        g.send(None)
    except StopIteration as e:
        print("returned", e.value)

def hot_with_stop(n):
    finished = 0
    collected = 0
    for round in range(n):
        g = limited(3)
        g.send(None)
        try:
            while True:
                g.send(round)
        except StopIteration as e:
            finished += 1
            collected += sum(e.value)
    print("rounds finished:", finished, "collected:", collected)

def send_in_expression():
    g = running_total()
    next(g)
    values = [g.send(i) * 2 for i in range(5)]
    print("doubled totals:", values)
    print("nested sends:", g.send(g.send(1)))

print("hot total 3000000:", hot_total(3000000))
just_started()
after_finish()
stop_by_none()
hot_with_stop(20000)
send_in_expression()
