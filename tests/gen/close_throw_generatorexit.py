# RUN: %difftest %s
# throw(GeneratorExit) is an ordinary throw: a generator that catches it
# and yields again just returns the value (only close() complains). A
# generator whose handler raises StopIteration on close is fine.
def absorbent():
    for _ in range(4):
        try:
            yield "alive"
        except GeneratorExit:
            print("  caught GeneratorExit")

g = absorbent()
next(g)
print(g.throw(GeneratorExit))
print(g.throw(GeneratorExit()))
try:
    g.close()
except RuntimeError as e:
    print("close():", e)
print(next(g, "absorbent finished"))

def obedient():
    try:
        yield 1
    except GeneratorExit:
        print("  obeying")
        raise

h = obedient()
next(h)
try:
    h.throw(GeneratorExit)
except GeneratorExit:
    print("throw(GeneratorExit) propagates GeneratorExit to the caller")
print(next(h, "finished"))

def returns_on_exit():
    try:
        yield "waiting"
    except GeneratorExit:
        print("  returning instead of raising")
        return

r = returns_on_exit()
next(r)
try:
    r.throw(GeneratorExit)
except StopIteration:
    print("throw(GeneratorExit) then return gives StopIteration")

def stop_on_exit():
    try:
        yield
    finally:
        print("  finally on close")

s = stop_on_exit()
next(s)
print("close returns", s.close())
