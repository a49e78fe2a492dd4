# RUN: %difftest %s
# Keyword-only and positional-only parameters, and the errors for misuse.
def kw_only(a, *, b, c=3):
    return (a, b, c)

print(kw_only(1, b=2))
print(kw_only(1, c=30, b=20))

def pos_only(a, b, /, c, *, d=4):
    return a + b + c + d

print(pos_only(1, 2, 3))
print(pos_only(1, 2, c=3))
print(pos_only(1, 2, 3, d=40))

def mixed(x, /, y=2, *rest, z, **options):
    return f"x={x} y={y} rest={rest} z={z} options={options}"

print(mixed(1, z=0))
print(mixed(1, 2, 3, 4, z=5, w=6, v=7))
print(mixed(10, y=20, z=30))

def attempt(label, fn, *args, **kwargs):
    try:
        print(label, "ok:", fn(*args, **kwargs))
    except TypeError as e:
        print(label, "TypeError:", e)

attempt("missing kw-only", kw_only, 1)
attempt("too many positional", kw_only, 1, 2)
attempt("pos-only as keyword", pos_only, a=1, b=2, c=3)
attempt("unexpected keyword", kw_only, 1, b=2, e=5)
attempt("missing positional", pos_only, 1)
attempt("duplicate value", describe := (lambda a, b=0: a + b), 1, a=2)
attempt("ok lambda", describe, 5, b=6)

def only_star(*, key):
    return key * 2

print(only_star(key="ab"))
attempt("only star", only_star, "ab")
