# RUN: %difftest %s
# Reprs of coroutine objects and their wrappers (addresses differ between
# runs, so only the part before the address is printed), their type names,
# and the names they carry.
import types


async def plain():
    return 1


class Holder:
    async def method(self):
        return 2

    @classmethod
    async def cmeth(cls):
        return 3

    @staticmethod
    async def smeth():
        return 4


def factory():
    async def inner():
        return 5
    return inner


def prefix(obj):
    r = repr(obj)
    cut = r.find(" at 0x")
    return r[:cut] if cut >= 0 else r


def ends_well(obj):
    r = repr(obj)
    return r.endswith(">") and " at 0x" in r


coros = [plain(), Holder().method(), Holder.cmeth(), Holder.smeth(), factory()()]
for c in coros:
    print(prefix(c), ends_well(c), repr(c)[:17])
    print("  str == repr:", str(c) == repr(c))
    print("  type:", type(c).__name__, type(c) is types.CoroutineType)
    print("  __name__ / __qualname__:", c.__name__, c.__qualname__)
    c.close()

lam = (lambda: plain())()
print("lambda result:", prefix(lam))
lam.close()

c = plain()
w = c.__await__()
print(prefix(w), ends_well(w))
print("type:", type(w).__name__)
c.close()


@types.coroutine
def gen_based():
    yield


g = gen_based()
print(prefix(g), type(g).__name__)
g.close()

# The repr is the same in every state.
c = Holder().method()
before = repr(c)
try:
    c.send(None)
except StopIteration:
    pass
print("same repr after finishing:", repr(c) == before)

# The address in the repr is the object's id, in hex.
c = plain()
print("address is id:", repr(c).endswith(hex(id(c)) + ">"))
c.close()
