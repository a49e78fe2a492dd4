# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A list comprehension over several lines whose condition raises on a later
# element: frames are the enclosing function and <listcomp>, each at the line
# of the failing part.


def pick(items, limit):
    print("picking from", len(items))
    return [
        x * 2
        for x in items
        if 100 // (limit - x) > 10
    ]


print(pick([1, 2, 3], 10))
print(pick([1, 2, 10, 3], 10))
