# RUN: %difftest %s
# Closures capture variables (cells), nonlocal rebinds them.
def make_counter(start=0):
    count = start
    def increment(step=1):
        nonlocal count
        count += step
        return count
    def peek():
        return count
    return increment, peek

inc, peek = make_counter()
inc(); inc(); inc(5)
print("count:", peek())
inc2, peek2 = make_counter(100)
print(inc2(), inc2(), peek(), peek2())

def make_multipliers():
    late = [lambda x: x * i for i in range(4)]
    bound = [lambda x, i=i: x * i for i in range(4)]
    return late, bound

late, bound = make_multipliers()
print("late binding:", [f(10) for f in late])
print("bound early: ", [f(10) for f in bound])

def outer():
    x = "outer"
    def middle():
        def inner():
            nonlocal x
            x = x + "+inner"
            return x
        inner()
        return x
    result = middle()
    return result, x

print(outer())

def accumulator():
    items = []
    def add(item):
        items.append(item)
        return len(items)
    return add, items

add, items = accumulator()
add("a"); add("b"); add("c")
print(items)

def compose(*functions):
    def composed(value):
        for f in reversed(functions):
            value = f(value)
        return value
    return composed

shout = compose(lambda s: s + "!", str.upper, lambda s: s.strip())
print(shout("  hello  "))

def fib_memo():
    cache = {0: 0, 1: 1}
    def fib(n):
        if n not in cache:
            cache[n] = fib(n - 1) + fib(n - 2)
        return cache[n]
    return fib, cache

fib, cache = fib_memo()
print(fib(50), len(cache))
print(inc.__name__, peek.__name__)
