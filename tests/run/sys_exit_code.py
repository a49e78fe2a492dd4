# RUN: %difftest %s
# sys.exit(3) ends the program with status 3; finally blocks still run.
import sys

def check(values):
    bad = [v for v in values if v < 0]
    print("checked", len(values), "values,", len(bad), "bad")
    return bad

try:
    bad = check([3, -1, 4, -1, 5])
    if bad:
        print("exiting with status 3")
        sys.exit(3)
    print("not reached")
finally:
    print("finally before exit")
print("not reached either")
