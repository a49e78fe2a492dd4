# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A lambda that raises when sorted() calls it as a key: the frames are the
# caller's sorted line and the lambda's own line, named <lambda>.


def order(rows):
    print("ordering", len(rows))
    return sorted(
        rows,
        key=lambda r: r["rank"],
    )


print(order([{"rank": 2}, {"rank": 1}]))
print(order([{"rank": 2}, {"name": "x"}]))
