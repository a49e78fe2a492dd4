# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# An except handler that raises a new exception: CPython prints two
# tracebacks ("During handling of the above exception...") and the frames of
# both are compared in order: the first names the original raise, the second
# the raise inside the handler.


def parse(text):
    return int(text)


def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ValueError:
            print("bad item", item)
            raise LookupError("cannot load " + item)
    return out


print(load(["1", "2"]))
print(load(["3", "x", "4"]))
