# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# Augmented assignment on a subscript whose key is missing, on a later loop
# iteration: the traceback names the += line inside the function.


def tally(words, counts):
    for w in words:
        print("word", w)
        counts[w] += 1
        print("count", counts[w])
    return counts


tally(["a", "b", "a", "c"], {"a": 0, "b": 0})
