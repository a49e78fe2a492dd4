# RUN: %difftest %s
# Local generator loops whose tuple target cannot unpack an item: the
# ValueError/TypeError is raised at the for line and the suspended
# generator is closed while it propagates.
def items():
    try:
        yield (1, 2)
        yield (3, 4, 5)
        yield (6, 7)
    finally:
        print("  items finally")

def scalars():
    try:
        yield (1, 2)
        yield 3
    finally:
        print("  scalars finally")

def too_many():
    try:
        for a, b in items():
            print("a, b =", a, b)
    except ValueError as e:
        print("ValueError:", e)

def not_iterable():
    try:
        for a, b in scalars():
            print("a, b =", a, b)
    except TypeError as e:
        print("TypeError:", e)

too_many()
not_iterable()
