# RUN: %difftest %s
# A call `gen(...)` in a for loop where the name does not reach the module's
# generator def: a parameter, a local or an enclosing function's variable of
# the same name, a class-body binding; and loops over the module's generator
# in nested functions, closures, class bodies, methods and comprehensions.
def gen(n):
    try:
        for i in range(n):
            yield "module gen %d" % i
    finally:
        print("  module gen finally")

def impostor(n):
    return ["impostor %d" % i for i in range(n)]

def param_shadow(gen):
    for x in gen(2):
        print(x)

def local_shadow():
    gen = impostor
    for x in gen(2):
        print(x)

def local_shadow_late(flag):
    if flag:
        gen = impostor
    try:
        for x in gen(1):
            print(x)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)

def enclosing():
    gen = impostor
    def inner():
        for x in gen(2):
            print("inner:", x)
    inner()

def enclosing_module_gen():
    def inner(n):
        out = []
        for x in gen(n):
            out.append(x)
            if len(out) == 2:
                break
        return out
    return inner

class WithBinding:
    gen = impostor
    for x in gen(2):
        print("class body:", x)
    del x

class WithoutBinding:
    seen = []
    for x in gen(2):
        seen.append(x)
    print("class body over module gen:", seen)

    def method(self, n):
        for x in gen(n):
            if x.endswith("1"):
                return x
        return None

    def gen(self):
        yield "method named gen"

param_shadow(impostor)
param_shadow(gen)
local_shadow()
local_shadow_late(True)
local_shadow_late(False)
enclosing()
print(enclosing_module_gen()(5))
print("method:", WithoutBinding().method(3))
print("method gen:", list(WithoutBinding().gen()))
print("comprehension:", [x for x in gen(2)])
print("nested comprehension:", [(a, b) for a in range(2) for b in gen(a + 1)])
print("genexp sum:", sum(len(x) for x in gen(3)))
print("set comprehension:", sorted({x[-1] for x in gen(3)}))
print("dict comprehension:", {x: len(x) for x in gen(1)})
lam = lambda n: [x for x in gen(n)]
print("lambda:", lam(2))
