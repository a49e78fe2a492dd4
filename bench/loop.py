# A 10-million-iteration arithmetic loop on ints.


def checksum(iterations):
    total = 0
    x = 1
    for i in range(iterations):
        x = (x * 1103515245 + 12345) % 2147483648
        total += x % 1000 - i % 7
    return total


print(checksum(10_000_000))
