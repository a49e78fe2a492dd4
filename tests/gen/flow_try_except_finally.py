# RUN: %difftest %s
# yields in every part of try/except/else/finally, with exceptions raised
# by the body, thrown in from outside, or none at all.
def parts(mode):
    try:
        yield "try-1"
        if mode == "raise":
            raise ValueError("from body")
        yield "try-2"
    except ValueError as e:
        yield f"except-1 ({e})"
        yield "except-2"
    else:
        yield "else-1"
        yield "else-2"
    finally:
        yield "finally-1"
        yield "finally-2"
    yield "after"

print(list(parts("normal")))
print(list(parts("raise")))
g = parts("normal")
print(next(g))
print(g.throw(ValueError("thrown")))
print(list(g))
g = parts("normal")
print(next(g), next(g), next(g))
print(g.throw(KeyError("into else")), "(the KeyError waits behind the finally)")
try:
    print(list(g))
except KeyError as e:
    print("the pending KeyError resurfaces at the end of the finally:", e)

def finally_over_return():
    try:
        yield 1
        return "from try"
    finally:
        yield "in finally during return"
        print("  finally done")

g = finally_over_return()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
