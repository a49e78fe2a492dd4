# RUN: %difftest %s
# A generator cannot be resumed while it runs: ValueError: generator
# already executing. gi_running tells whether it is running.
def reentrant():
    print("  inside, gi_running =", me.gi_running)
    try:
        next(me)
    except ValueError as e:
        print("  ValueError:", e)
    try:
        me.send(None)
    except ValueError as e:
        print("  ValueError:", e)
    try:
        me.throw(KeyError)
    except ValueError as e:
        print("  ValueError:", e)
    yield 1
    try:
        me.close()
    except ValueError as e:
        print("  ValueError:", e)
    yield 2

me = reentrant()
print("before start, gi_running =", me.gi_running)
print(next(me))
print("suspended, gi_running =", me.gi_running)
print(next(me))
print(list(me))
print("finished, gi_running =", me.gi_running)

def outer():
    yield from inner_gen
    yield "outer end"

def inner():
    try:
        next(outer_gen)
    except ValueError as e:
        print("  ValueError through delegation:", e)
    yield "inner"

inner_gen = inner()
outer_gen = outer()
print(list(outer_gen))
