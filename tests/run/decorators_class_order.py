# RUN: %difftest %s
# Registering decorators, class decorators, decorated methods, and the
# order in which stacked decorator factories run.
def loud(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__, args, kwargs)
        result = fn(*args, **kwargs)
        print("returned", result)
        return result
    return wrapper

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
