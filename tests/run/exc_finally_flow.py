# RUN: %difftest %s
# Control flow through finally: break/continue/return inside try, exceptions
# raised in handlers, nested handlers, and exceptions inside loops.
def loop_with_finally():
    log = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            log.append(f"body{i}")
        finally:
            log.append(f"fin{i}")
    return log

print(loop_with_finally())

def return_in_try():
    events = []
    try:
        events.append("try")
        return events
    finally:
        events.append("finally")

print(return_in_try())

def handler_raises():
    try:
        try:
            raise ValueError("first")
        except ValueError as e:
            raise TypeError("second") from None
        finally:
            print("inner finally runs")
    except TypeError as e:
        print("outer caught", repr(e), "context:", repr(e.__context__))

handler_raises()

def exception_per_item(items):
    results = []
    for item in items:
        try:
            results.append(10 // item)
        except ZeroDivisionError:
            results.append("div0")
            continue
        except TypeError as e:
            results.append("type")
            if item == "stop":
                break
        else:
            results.append("ok")
        finally:
            results.append("|")
    return results

print(exception_per_item([5, 0, "x", 2, "stop", 1]))

def while_with_retries():
    attempts = 0
    while True:
        attempts += 1
        try:
            if attempts < 3:
                raise ConnectionError(f"attempt {attempts} failed")
            return f"succeeded after {attempts} attempts"
        except ConnectionError as e:
            print("retrying:", e)

print(while_with_retries())
