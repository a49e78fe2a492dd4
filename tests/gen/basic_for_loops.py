# RUN: %difftest %s
# for loops over generators: break, continue, else, nesting, a generator
# reused after a break (it resumes where it stopped).
def count(start, stop, step=1):
    i = start
    while i < stop:
        print("  yielding", i)
        yield i
        i += step

for x in count(0, 3):
    print("loop", x)

for x in count(0, 10, 3):
    if x == 3:
        continue
    print("kept", x)
else:
    print("else ran")

for x in count(0, 100):
    if x == 2:
        print("break at", x)
        break
else:
    print("not printed")

g = count(10, 16)
for x in g:
    print("first loop", x)
    if x == 12:
        break
for x in g:
    print("second loop continues", x)

for i in count(1, 3):
    for j in count(i, 3):
        print("pair", i, j)

total = 0
for v in count(0, 50):
    total += v
print("total", total)
