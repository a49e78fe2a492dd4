# RUN: %difftest %s
# A yield inside an except handler's for-loop target, with-as target or
# augmented-assignment subscript suspends the handler: the handler runs
# outside any C++ catch block, as every handler that can suspend does.


class Manager:
    def __enter__(self):
        print("enter")
        return "managed"

    def __exit__(self, *exc):
        print("exit", exc[0])
        return False


def handler_for_target(d):
    try:
        raise ValueError("first")
    except ValueError as e:
        for d[(yield "for target")] in ["a", "b"]:
            print("in loop", e)
    return d


def handler_with_target(d):
    try:
        raise KeyError("second")
    except KeyError:
        with Manager() as d[(yield "with target")]:
            print("in with")
    return d


def finally_aug_target(d):
    try:
        yield "body"
    finally:
        d[(yield "finally")] += 1


g = handler_for_target({})
print(next(g))
print(g.send("k1"))
try:
    g.send("k2")
except StopIteration as stop:
    print("returned", stop.value)

g = handler_with_target({})
print(next(g))
try:
    g.send("w")
except StopIteration as stop:
    print("returned", stop.value)

counts = {"x": 1}
g = finally_aug_target(counts)
print(next(g), next(g))
try:
    g.send("x")
except StopIteration:
    print("done", counts)
