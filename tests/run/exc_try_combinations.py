# RUN: %difftest %s
# try/except/else/finally in every combination, and their order of execution.
def run(label, fail):
    print(f"-- {label} (fail={fail})")
    try:
        print("try body")
        if fail:
            raise ValueError(label)
        print("try end")
    except ValueError as e:
        print("except", e)
    else:
        print("else")
    finally:
        print("finally")
    print("after")

run("all", False)
run("all", True)

def only_finally(fail):
    try:
        if fail:
            raise KeyError("only_finally")
        return "returned"
    finally:
        print("finally runs", fail)

print(only_finally(False))
try:
    only_finally(True)
except KeyError as e:
    print("propagated", e)

def multiple(value):
    try:
        if value == 0:
            return 10 // value
        if value == 1:
            return [][value]
        if value == 2:
            return {}["missing"]
        return int("x" * value)
    except ZeroDivisionError:
        return "zero"
    except (IndexError, KeyError) as e:
        return "lookup " + type(e).__name__
    except Exception as e:
        return "other " + type(e).__name__

print([multiple(v) for v in range(4)])

def nested():
    try:
        try:
            raise TypeError("inner")
        except ValueError:
            print("not reached")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    else:
        print("not reached either")

nested()

def finally_overrides():
    try:
        return "from try"
    finally:
        return "from finally"

print(finally_overrides())
