# RUN: %difftest %s
# Parameters are bound on entry; `del` and `except ... as` can unbind them,
# and reading one then is UnboundLocalError, as for any local.
def drop(x, y):
    print(x + y)
    del x
    try:
        print(x)
    except UnboundLocalError as err:
        print("UnboundLocalError:", err)
    return y

def shadow(e):
    try:
        raise ValueError("v")
    except ValueError as e:
        print("handled", e)
    try:
        return e
    except UnboundLocalError as err:
        return "gone: " + str(err)

def gen(a):
    yield a
    del a
    try:
        yield a
    except UnboundLocalError as err:
        yield str(err)

print(drop(1, 2))
print(shadow("param"))
print(list(gen(5)))
