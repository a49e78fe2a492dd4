# RUN: %difftest %s
# Generator objects as values: truthiness, identity, equality, storing in
# containers, independent instances of one function, a bare yield giving
# None, and generators passed to and returned from functions.
def gen(n):
    for i in range(n):
        yield
        yield i

a = gen(2)
b = gen(2)
print(bool(a), bool(gen(0)), a is b, a == b, a == a, a != b)
print(type(a) is type(b), isinstance(a, type(gen(0))))
print(list(a))
print(next(b), next(b), next(b))
store = {"first": gen(1), "second": gen(3)}
print({k: list(v) for k, v in store.items()})
gens = [gen(i) for i in range(4)]
print([len(list(g)) for g in gens])

def apply(fn, generator):
    for item in generator:
        yield fn(item)

def compose(*stages):
    def run(source):
        for stage in stages:
            source = stage(source)
        return source
    return run

pipeline = compose(lambda g: apply(str, g), lambda g: apply(lambda s: s * 2, g))
print(list(pipeline(x for x in range(4))))
print(callable(gen), callable(a), hasattr(a, "send"), hasattr(a, "throw"), hasattr(a, "close"))
print(type(a).__name__, gen.__name__)
