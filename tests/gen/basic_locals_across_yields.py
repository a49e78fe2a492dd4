# RUN: %difftest %s
# Locals of many types live across suspensions and keep being mutated.
def stateful(n):
    counter = 0
    name = "s"
    items = []
    table = {}
    ratio = 1.5
    pair = (0, "")
    for i in range(n):
        counter += i
        name += str(i)
        items.append(i * i)
        table[i] = name
        ratio *= 2
        pair = (counter, name)
        yield counter, name, list(items), len(table), ratio, pair
    temporary = "not live across a yield"
    print(temporary, counter, name, items, table, ratio)

for snapshot in stateful(5):
    print(snapshot)

def shadow(x):
    yield x
    x = x + 1
    yield x
    x = [x]
    yield x
    x = "done"
    yield x
    del x
    try:
        print(x)
    except NameError as e:
        print("NameError:", e)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

print(list(shadow(41)))
