# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A binary expression spread over several lines where the subscript on the
# last line fails: the traceback names that line, not the statement's first.


def score(data, keys):
    return (
        data[keys[0]]
        + data[keys[1]] * 2
        + data[keys[2]]
    )


data = {"x": 1, "y": 2, "z": 3}
print(score(data, ["x", "y", "z"]))
print(score(data, ["z", "x", "w"]))
