# RUN: %difftest %s
# Decorators: plain, with arguments, stacked, on methods, class decorators.
def loud(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

@loud
def add(a, b=0):
    return a + b

add(2, 3)
add(1, b=9)

def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate

@repeat(3)
def hello(name):
    return "hi " + name

print(hello("bob"))

def tag(name):
    def decorate(fn):
        def wrapper(text):
            return f"<{name}>{fn(text)}</{name}>"
        return wrapper
    return decorate

@tag("b")
@tag("i")
def emphasize(text):
    return text.upper()

print(emphasize("stacked"))

registry = []
def register(fn):
    registry.append(fn.__name__)
    return fn

@register
def first():
    return 1

@register
def second():
    return 2

print(registry, first(), second())

def add_greeting(cls):
    cls.greet = lambda self: "hello from " + type(self).__name__
    return cls

@add_greeting
class Person:
    pass

print(Person().greet())

class Calculator:
    def __repr__(self):
        return "Calculator()"

    @loud
    def double(self, x):
        return 2 * x

Calculator().double(21)
order = []
def trace(label):
    order.append("define " + label)
    def decorate(fn):
        order.append("apply " + label)
        return fn
    return decorate

@trace("outer")
@trace("inner")
def target():
    pass

print(order)
