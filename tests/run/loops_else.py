# RUN: %difftest %s
# for/while with else, break, continue, nested loops.
def find(items, target):
    for index, item in enumerate(items):
        if item == target:
            print("found", target, "at", index)
            break
    else:
        print(target, "not found")

find([3, 5, 7], 5)
find([3, 5, 7], 4)
find([], 1)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        print("breaking at", n)
        break
else:
    print("while finished without break")
n = 10
while n > 0:
    n -= 3
else:
    print("while else runs, n =", n)
for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        if i + j > 3:
            break
        print(i, j, end=" | ")
    else:
        print("(inner done)", end=" ")
    print()
def is_prime(k):
    if k < 2:
        return False
    d = 2
    while d * d <= k:
        if k % d == 0:
            return False
        d += 1
    return True
primes = []
candidate = 2
while len(primes) < 10:
    if is_prime(candidate):
        primes.append(candidate)
    candidate += 1
print(primes)
for x in []:
    print("never")
else:
    print("empty for: else runs")
count = 0
while True:
    count += 1
    if count >= 5:
        break
print("count", count)
for outer in "ab":
    for inner in "xyz":
        if inner == "y":
            break
    else:
        print("never printed")
    print(outer, inner)
