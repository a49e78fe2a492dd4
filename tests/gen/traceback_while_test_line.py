# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A while loop's test that raises on a later iteration: the traceback names
# the while line, not the last line of the body that ran before it.


class Flaky:
    def __init__(self):
        self.calls = 0

    def __lt__(self, other):
        self.calls += 1
        if self.calls == 3:
            raise ValueError("boom on the third test")
        return True


def numbers():
    a = Flaky()
    i = 0
    while a < 5:
        i += 1
        yield i


def plain():
    a = Flaky()
    total = 0
    while a < 5:
        total += 1
        print("body", total)


try:
    plain()
except ValueError as e:
    print("caught", e)
for x in numbers():
    print(x)
