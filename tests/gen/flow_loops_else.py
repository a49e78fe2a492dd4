# RUN: %difftest %s
# yields inside while/else and for/else, with break and continue, in the
# loop bodies and in the else clauses, and in nested loops.
def search(rows, target):
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            yield ("visit", r, c)
            if value == target:
                yield ("found", r, c)
                break
        else:
            yield ("row done", r)
            continue
        yield ("stopping after row", r)
        break
    else:
        yield ("not found", target)

grid = [[1, 2], [3, 4], [5, 6]]
for step in search(grid, 4):
    print(step)
print(list(search(grid, 9)))

def countdown(n):
    while n > 0:
        n -= 1
        if n == 2:
            yield "skip two"
            continue
        yield n
        if n == 10:
            break
    else:
        yield "while else"
    yield "end"

print(list(countdown(5)))
print(list(countdown(12)))

def collatz(n):
    steps = 0
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    yield f"reached 1 after {steps} steps"

print(list(collatz(27))[-3:], len(list(collatz(27))))
