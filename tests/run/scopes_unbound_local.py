# RUN: %difftest %s
# Name resolution errors: NameError, UnboundLocalError (assignment later in the
# function makes the name local everywhere in it), and free variables.
x = "global x"

def reads_global():
    return x

def assigns_later():
    print("before")
    print(x)
    x = "local x"
    return x

def conditional_assign(flag):
    if flag:
        value = "set"
    return value

def deleted_local():
    y = 1
    del y
    return y

def free_variable_unbound():
    def inner():
        return z
    try:
        return inner()
    finally:
        z = "too late"

print(reads_global())
for label, fn, args in [("assigns_later", assigns_later, ()),
                        ("conditional True", conditional_assign, (True,)),
                        ("conditional False", conditional_assign, (False,)),
                        ("deleted_local", deleted_local, ()),
                        ("free variable", free_variable_unbound, ())]:
    try:
        print(label, "->", fn(*args))
    except UnboundLocalError as e:
        print(label, "-> UnboundLocalError:", e)
    except NameError as e:
        print(label, "-> NameError:", type(e).__name__, e)

try:
    print(not_defined_anywhere)
except NameError as e:
    print("NameError:", e)

def uses_undefined():
    return helper_that_does_not_exist(1)

try:
    uses_undefined()
except NameError as e:
    print("NameError:", e)
print(issubclass(UnboundLocalError, NameError))

def augmented():
    counter += 1

try:
    augmented()
except UnboundLocalError as e:
    print("augmented:", e)
counter = 0

def loop_var_scope():
    for i in range(3):
        pass
    return i

print(loop_var_scope())
squares = [n * n for n in range(4)]
try:
    print(n)
except NameError as e:
    print("comprehension variable does not leak:", e)
