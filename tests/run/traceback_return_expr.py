# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A return statement whose expression raises (a // spread over two lines):
# CPython 3.11 names the line where the failing binary operation starts (the
# return line), not the line of the // operator.


def ratio(a, b):
    print("ratio", a, b)
    return (a * 100
            // b)


def report(pairs):
    for a, b in pairs:
        r = ratio(a, b)
        print("r", r)
    return "done"


report([(1, 2), (3, 4), (5, 0)])
