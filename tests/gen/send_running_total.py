# RUN: %difftest %s
# send(): the sent value becomes the value of the yield expression; the
# value of send() is what the generator yields next.
def running_total():
    total = 0
    count = 0
    while True:
        value = yield total
        if value is None:
            print("  got None, total unchanged")
            continue
        total += value
        count += 1
        print("  added", value, "count", count)

acc = running_total()
print(next(acc))
print(acc.send(5))
print(acc.send(10))
print(next(acc))
print(acc.send(-3))
print(acc.send(None))
for v in range(1, 6):
    print("send", v, "->", acc.send(v))

def averager():
    total = 0.0
    n = 0
    average = None
    while True:
        term = yield average
        total += term
        n += 1
        average = total / n

avg = averager()
avg.send(None)
for term in [10, 20, 30, 45]:
    print("average", avg.send(term))
