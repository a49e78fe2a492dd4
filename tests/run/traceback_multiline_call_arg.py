# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A call spread over several lines whose third argument raises: CPython 3.11
# names the line of the failing argument, not the line of the call's start.


def combine(a, b, c):
    return a + b + c


def helper(x):
    return x * 2


def compute(divisor):
    result = combine(
        1,
        helper(2),
        10 // divisor,
    )
    return result


print(compute(5))
print(compute(0))
