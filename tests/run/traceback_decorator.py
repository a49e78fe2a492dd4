# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A decorator's wrapper that checks the result and raises: the frames are the
# call site, the wrapper's raise line and not the decorated function's.


def checked(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        result = func(*args)
        if result < 0:
            raise ArithmeticError(func.__name__ + " went negative")
        return result
    return wrapper


@checked
def sub(a, b):
    return a - b


print(sub(5, 3))
print(sub(2, 9))
