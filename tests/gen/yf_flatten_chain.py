# RUN: %difftest %s
# Flattening nested lists recursively, and a 50-deep yield from chain whose
# leaf items and return value pass through every level.
def flatten(obj, depth=0):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item, depth + 1)
    else:
        yield (depth, obj)

nested = [1, [2, [3, [4, (5, 6)]], 7], [], [[["deep"]]]]
print(list(flatten(nested)))
print([v for _, v in flatten(nested)])

def leaf(n):
    got = []
    for i in range(n):
        sent = yield i
        if sent is not None:
            got.append(sent)
    return got

def chain(depth, n):
    if depth == 0:
        result = yield from leaf(n)
    else:
        result = yield from chain(depth - 1, n)
    return result + [depth]

g = chain(50, 5)
print(next(g))
print(g.send("x"), g.send("y"), next(g), g.send("z"))
try:
    next(g)
except StopIteration as e:
    print(e.value[:3], len(e.value), e.value[-1])
print(sum(chain(50, 1000)))
