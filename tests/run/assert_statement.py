# RUN: %difftest %s
# assert: passing, failing with and without a message, AssertionError.
def divide(a, b):
    assert b != 0, f"cannot divide {a} by zero"
    return a / b

print(divide(10, 4))
try:
    divide(1, 0)
except AssertionError as e:
    print("AssertionError:", e, e.args)

def positive(n):
    assert n > 0
    return n

print(positive(5))
try:
    positive(-5)
except AssertionError as e:
    print("bare AssertionError:", repr(e), str(e) == "", e.args)

values = [3, 1, 2]
assert sorted(values) == [1, 2, 3], "sorting is broken"
assert values, "never fails"
print("assertions passed")
try:
    assert isinstance(values, dict), ("tuple", "message")
except AssertionError as e:
    print(e.args)
print(issubclass(AssertionError, Exception))
