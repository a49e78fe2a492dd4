# 10M send() calls to a running-total generator.


def running_total():
    total = 0
    while True:
        value = yield total
        total += value


def main():
    acc = running_total()
    next(acc)
    last = 0
    for i in range(10_000_000):
        last = acc.send(i)
    print(last)


main()
