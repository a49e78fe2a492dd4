# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An error raised by the generator body propagates through the for loop
# to the top level: stdout so far, exit status 1.
def divide_all(numbers, by):
    for n in numbers:
        print("dividing", n)
        yield n / by[n]

table = {1: 2, 2: 4, 3: 0}
total = 0
for value in divide_all([1, 2, 3, 4], table):
    print("got", value)
    total += value
print("not reached", total)
