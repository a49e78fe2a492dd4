# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# Parts of one expression on several lines: each failing part is reported at
# its own line, and evaluation order is unchanged (the printing arguments run
# left to right, the method is looked up first, later lines after earlier).


def noisy(tag, value):
    print("evaluating", tag)
    return value


class Acc:
    def add(self, *parts):
        print("add", parts)
        return sum(parts)


def compute(acc, table, key):
    total = acc.add(
        noisy("first", 1),
        noisy("second", 2) * 10,
        table[
            key
        ],
    )
    print("total", total)
    return total + (
        noisy("tail", 3)
        - table[key + "!"]
    )


print(compute(Acc(), {"k": 5, "k!": 1}, "k"))
print(compute(Acc(), {"k": 5}, "k"))
