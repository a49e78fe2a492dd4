# RUN: %difftest %s
# SystemExit is an exception: it can be caught and inspected; sys.exit() with
# no argument ends with status 0.
import sys

for arg in [None, 0, 2, "message"]:
    try:
        if arg is None:
            sys.exit()
        sys.exit(arg)
    except SystemExit as e:
        print("caught SystemExit, code =", repr(e.code), "args =", e.args)

print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(5)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__, e.code)

def cleanup_then_exit():
    try:
        print("working")
        sys.exit(0)
    finally:
        print("cleanup")

try:
    cleanup_then_exit()
except SystemExit as e:
    print("exit code", e.code)
print(sys.argv[1:])
sys.stdout.write("written with sys.stdout.write\n")
print("to stderr", file=sys.stderr)
print("last line")
sys.exit()
print("never")
