# A for loop summing a generator of 10M ints.


def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def main():
    total = 0
    for x in numbers(10_000_000):
        total += x
    print(total)


main()
