# RUN: %difftest %s
# A class body inside a function: `nonlocal x` there stores to the enclosing
# function's variable (STORE_DEREF), and a free name read in the class body
# looks in the class namespace first, then the enclosing function's cell
# (LOAD_CLASSDEREF).


def assign():
    x = 1

    class C:
        nonlocal x
        x = 2
        seen = x

    return x, C.seen, hasattr(C, "x")


print(assign())


def augment():
    total = 10

    class C:
        nonlocal total
        total += 5
        total *= 2

    return total, "total" in C.__dict__


print(augment())


def delete():
    gone = "here"

    class C:
        nonlocal gone
        del gone

    try:
        return gone
    except NameError as e:
        return "NameError: " + str(e)


print(delete())


def reads_free():
    label = "outer"

    class Reads:
        copy = label  # free: the function's cell

    class Shadows:
        label = "class"  # local to the class body
        copy = label

    return Reads.copy, Shadows.copy, label


print(reads_free())


def later_change():
    n = 1

    class C:
        def get(self):
            return n  # a method sees the function's n, through the class

        nonlocal n
        n = 7

    return C().get(), n


print(later_change())


def nested_classes():
    depth = 0

    class A:
        nonlocal depth
        depth += 1

        class B:
            nonlocal depth
            depth += 10

    return depth


print(nested_classes())


def through_method():
    count = 0

    class C:
        nonlocal count
        count = 100

        def bump(self):
            nonlocal count
            count += 1
            return count

    c = C()
    c.bump()
    return c.bump(), count


print(through_method())


def loop_in_class():
    acc = []
    last = None

    class C:
        nonlocal last
        for last in range(3):
            acc.append(last)

    return acc, last, hasattr(C, "last")


print(loop_in_class())


def private_nonlocal():
    _C__hidden = "function's"

    class C:
        nonlocal __hidden  # mangled: _C__hidden
        __hidden = "set by C"

    return _C__hidden


print(private_nonlocal())


def def_binds_nonlocal():
    x = None

    class C:
        nonlocal x

        def x(self):
            return "method"

    return x.__name__, hasattr(C, "x")


print(def_binds_nonlocal())


# `except ... as e` deletes e when the handler ends: in a class body from its
# namespace, with `nonlocal e` the enclosing function's variable, and in a
# nested function its cell.
class Handles:
    try:
        raise ValueError
    except ValueError as e:
        caught = True


print(hasattr(Handles, "e"), Handles.caught)


def handler_nonlocal_in_class():
    e = 1

    class D:
        nonlocal e
        try:
            raise ValueError
        except ValueError as e:
            pass

    try:
        return e
    except NameError as x:
        return "NameError: " + str(x)


print(handler_nonlocal_in_class())


def handler_cell():
    e = 1

    def inner():
        nonlocal e
        try:
            raise KeyError
        except KeyError as e:
            pass

    inner()
    try:
        return e
    except NameError as x:
        return "NameError: " + str(x)


print(handler_cell())
