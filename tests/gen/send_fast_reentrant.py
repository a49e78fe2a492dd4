# RUN: %difftest %s
# send() called from inside generators: a generator sending into another
# one from its body (pipelines driven by send in hot loops), a generator
# sending into itself or into the chain that is running it (ValueError:
# generator already executing), and send on generator expressions.
def printer(prefix):
    count = 0
    try:
        while True:
            line = yield count
            count += 1
            if count <= 3:
                print(prefix, line)
    finally:
        print("  printer closed after", count)

def doubler(target):
    try:
        while True:
            v = yield
            target.send(v * 2)
    finally:
        print("  doubler closed")
        target.close()

def pipeline(n):
    p = printer("out:")
    next(p)
    d = doubler(p)
    next(d)
    for i in range(n):
        d.send(i)
    d.close()

pipeline(500000)
print("--")

def self_sender():
    v = yield "started"
    try:
        me.send("again")
    except ValueError as e:
        print("  self send:", e)
    yield "after self send"

me = self_sender()
print(next(me))
print(me.send(1))
print("--")

def inner_sends_to_outer():
    yield "inner ready"
    try:
        outer_gen.send("from inner")
    except ValueError as e:
        print("  inner -> outer:", e)
    yield "inner done"

def outer_delegates():
    yield from inner_sends_to_outer()

outer_gen = outer_delegates()
print(next(outer_gen))
print(outer_gen.send(None))
print("--")

def genexp_send():
    ge = (x * 10 for x in range(3))
    try:
        ge.send(1)
    except TypeError as e:
        print("genexp TypeError:", e)
    print(ge.send(None), ge.send("ignored"), next(ge))
    try:
        ge.send(None)
    except StopIteration:
        print("genexp exhausted")

genexp_send()
print("--")

def counting_sender(n):
    # a generator whose body drives another generator with send
    acc = printer("inner:")
    acc.send(None)
    last = 0
    for i in range(n):
        last = acc.send(i)
        if i % 100000 == 0:
            yield last
    acc.close()
    yield last

print(list(counting_sender(300000)))
