# RUN: %difftest %s
# Nested finally blocks run innermost first; an exception raised in a
# handler records the one being handled as its __context__.
def nested_finally_order():
    try:
        try:
            try:
                raise KeyError("deep")
            finally:
                print("finally 1")
        finally:
            print("finally 2")
    except KeyError as e:
        print("caught", e)
    finally:
        print("finally 3")

nested_finally_order()
try:
    try:
        raise ValueError("original")
    except ValueError:
        {}["missing"]
except KeyError as e:
    print("KeyError with context:", repr(e.__context__))
