# RUN: %difftest %s
# REQUIRES: gevent
# A greenlet suspended inside `with` blocks and try/finally: resumed, the
# blocks exit in the usual order; with an exception thrown in, the inner
# __exit__ sees it first (and may suppress it), finally runs outward, and an
# exception raised while handling has the thrown one as __context__.
from greenlet import greenlet, getcurrent

main = getcurrent()


class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, et, ev, tb):
        print("exit", self.name, "with", et.__name__ if et else None)
        return self.suppress


def body(tag):
    with CM(tag + ".outer"):
        try:
            with CM(tag + ".inner"):
                main.switch(f"{tag} suspended in two withs")
                print(tag, "resumed normally")
        finally:
            print(tag, "finally")
    return f"{tag} returned"


g = greenlet(body)
print(g.switch("normal"))
print(g.switch())

g = greenlet(body)
print(g.switch("thrown"))
try:
    g.throw(ValueError("into the withs"))
except ValueError as e:
    print("main caught", e)


def suppressing():
    with CM("suppressor", suppress=True):
        main.switch("suppressor suspended")
    return "exception suppressed, run went on"


g = greenlet(suppressing)
print(g.switch())
print(g.throw(KeyError))


def converts():
    try:
        main.switch("converter suspended")
    except KeyError:
        raise RuntimeError("converted")


g = greenlet(converts)
print(g.switch())
try:
    g.throw(KeyError("original"))
except RuntimeError as e:
    print("main caught", repr(e), "context", repr(e.__context__))
