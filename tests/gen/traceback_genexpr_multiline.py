# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A generator expression over several lines whose condition raises on a later
# element while sum() consumes it: frames are the sum line and <genexpr> at
# the condition's line.


def total(values, key):
    print("summing", len(values))
    return sum(
        v[key]
        for v in values
        if v[key] > 0
    )


print(total([{"n": 1}, {"n": 2}], "n"))
print(total([{"n": 1}, {"m": 2}], "n"))
