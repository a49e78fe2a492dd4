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
