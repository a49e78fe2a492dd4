# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# An exception from a with body that __exit__ does not swallow: the
# traceback keeps the body's line (the with line is only __exit__'s).


class Manager:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return False


def work(items):
    with Manager():
        total = 0
        for x in items:
            total += 10 // x
    return total


print(work([1, 2]))
print(work([1, 0]))
