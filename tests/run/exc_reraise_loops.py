# RUN: %difftest %s
# Bare raise re-raises; try/finally inside loops with continue/break;
# else without exception; the `as` name is deleted after the handler.
def reraise():
    try:
        raise OSError("disk")
    except OSError:
        print("logging and re-raising")
        raise

try:
    reraise()
except OSError as e:
    print("caught again:", e, type(e).__name__)

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop body", i)
    finally:
        print("loop finally", i)

try:
    pass
except Exception:
    print("never")
else:
    print("else without exception")
e = "outer value"
try:
    raise ValueError("x")
except ValueError as e:
    pass
try:
    print(e)
except NameError as err:
    print("e was deleted:", err)
