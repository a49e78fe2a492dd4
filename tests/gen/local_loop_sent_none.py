# RUN: %difftest %s
# A for loop over a known generator sends None: a machine that reads the
# value sent (got = yield i) sees None; one whose yields drop it works the same.


def echo(n):
    i = 0
    while i < n:
        got = yield i
        print("got", got)
        i += 1
    return "done"


def plain(n):
    for i in range(n):
        yield i * 2


def main():
    for v in echo(3):
        print("item", v)
    for a in plain(3):
        print(a)
    total = 0
    for a in plain(4):
        total += a
    print(total)


main()
