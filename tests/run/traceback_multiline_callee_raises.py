# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A call spread over several lines whose callee raises: the caller's frame
# names the line CPython 3.11 reports for the call (its first line), not the
# line of the last argument.


def check(name, low, high):
    if low > high:
        raise ValueError(name + ": empty range")
    return high - low


def run(items):
    out = []
    for name, lo, hi in items:
        out.append(check(
            name,
            lo,
            hi,
        ))
    return out


print(run([("a", 1, 3), ("b", 2, 2)]))
print(run([("c", 0, 4), ("d", 5, 1)]))
