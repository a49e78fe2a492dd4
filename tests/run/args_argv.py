# RUN: %difftest %s
# ARGS: alpha 42 "two words" --flag
# Command-line arguments arrive in sys.argv[1:] exactly as given.
import sys

args = sys.argv[1:]
print(len(args), args)
for i, arg in enumerate(args, 1):
    print(i, repr(arg), arg.isdigit(), len(arg))
numbers = [int(a) for a in args if a.isdigit()]
flags = [a for a in args if a.startswith("--")]
print("numbers:", numbers, "flags:", flags, "sum:", sum(numbers))
print(sys.argv[0].endswith("args_argv.py") or sys.argv[0].endswith("prog"))
