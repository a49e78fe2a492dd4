# RUN: %difftest %s
# functools.lru_cache and cache on methods: the wrapper is a descriptor,
# so reading it through an instance binds self, as a function does; through
# the class it is the wrapper itself.
import functools


class Fib:
    def __init__(self, scale):
        self.scale = scale
        self.calls = 0

    @functools.lru_cache(maxsize=None)
    def fib(self, n):
        self.calls += 1
        return n * self.scale if n < 2 else self.fib(n - 1) + self.fib(n - 2)

    @functools.cache
    def square(self, n):
        return n * n * self.scale


a, b = Fib(1), Fib(10)
print(a.fib(20), b.fib(20), a.calls, b.calls)
print(a.fib(20), a.calls)
print(Fib.fib.cache_info())
print(a.square(4), b.square(4), Fib.square.cache_info().currsize)
print(Fib.fib(a, 5), type(Fib.__dict__["fib"]).__name__)
m = a.fib
print(type(m).__name__, m.__self__ is a, m(3))
print(Fib.fib.__get__(None, Fib) is Fib.fib, Fib.fib.__get__(a)(2))


@functools.lru_cache
def plain(x):
    return x + 1


class Holder:
    f = plain  # a module-level wrapper stored in a class binds too


print(Holder.f(1))
try:
    print(Holder().f(1))
except TypeError as e:
    print("TypeError", e)
a.fib.cache_clear()
print(Fib.fib.cache_info().currsize)
