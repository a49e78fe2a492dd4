# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# ZeroDivisionError from a nested call, after plenty of output.
def average(values):
    return sum(values) / len(values)

groups = [[1, 2, 3], [10, 20], [7], []]
for group in groups:
    print("group", group, "average", average(group))
