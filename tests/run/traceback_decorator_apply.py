# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A decorator that raises when applied: CPython 3.11 names the line of the
# decorator (the @ line), not the def line below it.


registry = {}


def register(name):
    def deco(func):
        if name in registry:
            raise NameError("already registered: " + name)
        registry[name] = func
        return func
    return deco


@register("a")
def first():
    return 1


print(sorted(registry))


@register("b")
@register("a")
def second():
    return 2


print("not reached")
