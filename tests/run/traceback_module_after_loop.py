# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# At module level, an exception raised after a for loop and a while loop: the
# traceback names the failing module-level line, not a line of a loop body.

total = 0
for i in range(3):
    total += i
    print("for", i)
n = 3
while n > 0:
    n -= 1
    print("while", n)
parts = [total, n]
print(parts)
value = parts[total]
