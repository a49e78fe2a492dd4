# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A generator whose return expression raises after several yields: frames
# are the consuming line and the return line.


def running(values):
    acc = []
    for v in values:
        acc.append(v)
        yield sum(acc)
    return acc[len(values)]


print(list(running([1, 2, 3])))
