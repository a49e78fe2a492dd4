# RUN: %difftest %s
# yields in subscripts, slices, assignment targets, f-strings, displays
# (list, tuple, dict, set) and binary operators: evaluation order is
# left to right, as in CPython.
def trace(tag, value):
    print("  eval", tag)
    return value

def gen(data):
    v = data[(yield "index")]
    print("  data[index] =", v)
    data[(yield "store key")] = trace("value", (yield "store value"))
    print("  data", data)
    part = data[(yield "lo"):(yield "hi")]
    print("  slice", part)
    s = f"<{(yield 'f1')}|{trace('mid', 'M')}|{(yield 'f2')!r:>6}>"
    print("  fstring", s)
    lst = [trace("l0", 0), (yield "list item"), trace("l2", 2)]
    tup = ((yield "tuple a"), (yield "tuple b"))
    dct = {(yield "dict key"): (yield "dict value"), "fixed": trace("fixed", 1)}
    print("  displays", lst, tup, dct)
    total = (yield "left operand") * 10 + (yield "right operand")
    print("  total", total)
    return (yield "ret-a") - (yield "ret-b")

answers = [1, 99, 0, 1, 3, "A", "B", "L", "ta", "tb", "k", "v", 4, 2, 50, 8]
g = gen([10, 20, 30, 40])
prompt = next(g)
try:
    for answer in answers:
        print(prompt, "<-", repr(answer))
        prompt = g.send(answer)
except StopIteration as e:
    print("returned", e.value)
