# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A loop that ran continue and break statements before an exception raised
# after the loop: the traceback names the statement after the loop, not the
# continue/break line.


def scan(values):
    found = None
    for v in values:
        if v % 2 == 0:
            continue
        if v > 5:
            found = v
            break
        print("odd", v)
    print("found", found)
    return values[found]


scan([1, 2, 3, 4, 7, 8])
