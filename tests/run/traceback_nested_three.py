# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# Nested function calls three deep, each doing some work before the call:
# each frame names its own call line.


def level3(x):
    print("level3", x)
    y = x - 3
    return 100 // y


def level2(x):
    a = x + 1
    print("level2", a)
    b = level3(a)
    return b + 1


def level1(x):
    results = []
    for i in range(x):
        results.append(level2(i))
        print("level1", results[-1])
    return results


level1(4)
