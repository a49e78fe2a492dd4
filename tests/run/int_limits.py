# RUN: %difftest %s
# Huge ints as CPython 3.11 treats them: zero shifted by a huge count is
# zero; decimal conversions past sys.get_int_max_str_digits() (4300) are
# ValueError both ways, with CPython's messages; the limit can be raised
# or lifted (0), not set below 640; bases that are powers of two are free.
import sys

print(0 << 10**20, 5 >> 10**20, -5 >> 10**20)
try:
    print(1 << 10**20)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(0 << -(10**20))
except ValueError as e:
    print("ValueError:", e)
print(sys.get_int_max_str_digits(), sys.int_info)
print(len(str(10 ** 4299)), len(str(-(10 ** 4299))))
for text in (lambda: str(10 ** 4300), lambda: repr(10 ** 5000), lambda: f"{10 ** 4300}", lambda: "%d" % 10 ** 4300):
    try:
        text()
    except ValueError as e:
        print("ValueError:", e)
try:
    int("9" * 5000)
except ValueError as e:
    print("ValueError:", e)
print(int("9" * 4300) % 1000, int("1" * 5000, 2) > 0, len(hex(10 ** 5000)))
sys.set_int_max_str_digits(10000)
print(len(str(10 ** 5000)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(0)
print(len(str(10 ** 20000)))
for bad in (100, -1):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print("ValueError:", e)
print(sys.get_int_max_str_digits())
