# RUN: %difftest %s
# functools.wraps keeps the wrapped function's name and docstring.
import functools

def counted(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper

@counted
def multiply(a, b):
    """Multiply two numbers."""
    return a * b

print(multiply(3, 4), multiply(5, 6))
print(multiply.__name__, multiply.__doc__, multiply.calls)

def plain(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper

@plain
def documented():
    """Lost docstring."""

print(documented.__name__, documented.__doc__)

def memoize(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(*args):
        if args in cache:
            return cache[args]
        result = fn(*args)
        cache[args] = result
        return result
    wrapper.cache = cache
    return wrapper

@memoize
def slow_fib(n):
    """Fibonacci, exponential without the cache."""
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(80), len(slow_fib.cache), slow_fib.__name__)
print(slow_fib.__wrapped__(10))

def validate(*types):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            for value, expected in zip(args, types):
                if not isinstance(value, expected):
                    raise TypeError(f"{fn.__name__}: expected {expected.__name__}, got {type(value).__name__}")
            return fn(*args)
        return wrapper
    return decorate

@validate(int, str)
def label(n, text):
    return f"{text}#{n}"

print(label(5, "item"))
try:
    label("5", "item")
except TypeError as e:
    print("error:", e)
print(label.__name__)
