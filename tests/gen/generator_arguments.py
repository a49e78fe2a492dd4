# RUN: %difftest %s
# Generator functions with defaults, keyword-only arguments, *args and
# **kwargs; arguments are bound at the call even though the body waits.
def spread(*args, sep="-", **kwargs):
    for a in args:
        yield f"{a}{sep}"
    for k in sorted(kwargs):
        yield f"{k}={kwargs[k]}"

print(list(spread(1, 2, 3)))
print(list(spread("x", sep="+", b=2, a=1)))
print(list(spread()))

def with_default(n, start=0, *, step=1):
    i = start
    while i < n:
        yield i
        i += step

print(list(with_default(5)), list(with_default(10, 2, step=3)))
try:
    with_default()
except TypeError as e:
    print("TypeError at call time:", e)
try:
    with_default(5, step=1, bogus=2)
except TypeError as e:
    print("TypeError at call time:", e)

def mutable_default(acc=[]):
    acc.append(len(acc))
    yield list(acc)

print(next(mutable_default()), next(mutable_default()), next(mutable_default([9])))

def unpack_args(pair, *rest):
    a, b = pair
    yield a
    yield b
    yield from rest

print(list(unpack_args((1, 2), 3, 4)))
gen_fn = unpack_args
print(list(gen_fn(*[("p", "q"), "r"])))
print(list(with_default(**{"n": 3, "step": 2})))
