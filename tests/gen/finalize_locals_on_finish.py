# RUN: %difftest %s
# A finished generator releases its locals at once (first to last), not
# when the generator object goes.
class Noisy:
    def __init__(self, n): self.n = n
    def __del__(self): print("del", self.n)
def gen():
    a = Noisy("a")
    b = Noisy("b")
    yield 1
    print("finishing")
g = gen()
print(next(g))
for x in g: pass
print("after loop, g still referenced")
del g
print("end")
