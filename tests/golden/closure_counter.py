# RUN: %golden %s
# RUN: %difftest %s
# A closure over a cell the inner function rebinds (nonlocal), a lambda
# reading it, and a generator expression calling the closure.


def make_counter(start):
    count = start

    def step(by=1):
        nonlocal count
        count += by
        return count

    return step, lambda: count


step, peek = make_counter(5)
step()
step(10)
print(peek())
print(sum(x * step() for x in range(3)))
