# RUN: %difftest %s
# send() through yield from goes straight to the delegate; next() sends
# None. When the delegate finishes, the outer generator continues.
def accumulate():
    tally = 0
    while True:
        item = yield tally
        if item is None:
            return tally
        tally += item
        print("  accumulate got", item, "tally", tally)

def gather(tallies):
    while True:
        tally = yield from accumulate()
        print("  gather: delegate finished with", tally)
        tallies.append(tally)

tallies = []
g = gather(tallies)
print(next(g))
for i in range(4):
    print(g.send(i))
print(g.send(None))
for i in range(5, 7):
    print(g.send(i))
print(g.send(None))
print(tallies)

def two_levels():
    r = yield from gather_once()
    print("  two_levels got", r)
    yield "end"

def gather_once():
    t = yield from accumulate()
    return t * 10

h = two_levels()
print(next(h), h.send(3), h.send(4))
print(h.send(None))
