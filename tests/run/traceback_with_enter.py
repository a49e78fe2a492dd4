# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A context manager's __enter__ that raises, in the second of two nested
# with statements: the traceback names the inner with line.


class Res:
    def __init__(self, name, ok):
        self.name = name
        self.ok = ok

    def __enter__(self):
        if not self.ok:
            raise PermissionError("no access to " + self.name)
        print("open", self.name)
        return self.name

    def __exit__(self, *args):
        print("close", self.name)
        return False


def use(ok):
    with Res("outer", True) as a:
        print("got", a)
        with Res("inner", ok) as b:
            print("got", b)
    print("done")


use(True)
use(False)
