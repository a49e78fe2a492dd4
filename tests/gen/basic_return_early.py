# RUN: %difftest %s
# return inside a generator ends iteration at once; code after it never runs.
def until_negative(values):
    for v in values:
        if v < 0:
            print("negative seen, returning")
            return
        yield v
    print("all values were non-negative")

print(list(until_negative([1, 2, -1, 5])))
print(list(until_negative([3, 4])))

def maybe(flag):
    if flag:
        return
    yield "flag was false"

print(list(maybe(True)), list(maybe(False)))

def returns_from_loop():
    i = 0
    while True:
        i += 1
        if i > 3:
            return "finished"
        yield i

for v in returns_from_loop():
    print("value", v)

def nested_return():
    for i in range(3):
        for j in range(3):
            if i * j == 2:
                return
            yield (i, j)

print(list(nested_return()))
