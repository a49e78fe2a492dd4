# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A context manager's __exit__ that raises when the body finished normally:
# the caller's frame names the with line (CPython 3.11), not the body's last
# line.


class Guard:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name)
        if self.name == "bad":
            raise OSError("cannot release " + self.name)
        return False


def work(name):
    with Guard(name) as g:
        x = 1
        print("inside", g.name, x)
        x += 1
    return x


print(work("good"))
print(work("bad"))
