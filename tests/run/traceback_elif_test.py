# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# An elif test that raises: the traceback names the elif line, not the if
# line before it nor a line of an earlier branch's body.


def classify(value, table):
    if value < 0:
        print("negative")
        return "neg"
    elif table[value] == "skip":
        print("skipped")
        return "skip"
    else:
        return "other"


table = {0: "skip", 1: "x"}
print(classify(-1, table))
print(classify(0, table))
print(classify(1, table))
print(classify(7, table))
