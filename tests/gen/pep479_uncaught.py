# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# PEP 479 uncaught: the program ends with the RuntimeError (status 1);
# the StopIteration is shown as its direct cause.
def first_of_each(groups):
    for group in groups:
        it = iter(group)
        yield next(it)

for head in first_of_each([[1, 2], [3], [], [4]]):
    print("head", head)
print("not reached")
