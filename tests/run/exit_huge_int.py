# RUN: %difftest %s
# sys.exit() with an int too large for a C long: CPython's status is 255
# and nothing is printed.
import sys

print("before")
sys.exit(2 ** 100)
