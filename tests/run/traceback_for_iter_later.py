# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A for loop whose iterator's __next__ raises on a later iteration: the
# caller's frame names the for line, not the last body line that ran.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        self.n -= 1
        if self.n == 1:
            raise RuntimeError("iterator broke at " + str(self.n))
        return self.n


def consume():
    total = 0
    for x in Countdown(5):
        total += x
        print("item", x)
        print("total", total)
    return total


consume()
