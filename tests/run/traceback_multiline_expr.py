# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# XFAIL: *
# lines are tracked per statement: an error inside a multi-line expression is reported at the statement's first line, not the failing part's.
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
