# RUN: %difftest %s
# The types involved and their reprs (addresses vary, so only the stable
# prefix is checked): async_generator (== types.AsyncGeneratorType),
# async_generator_asend for __anext__()/asend(), async_generator_athrow for
# athrow() and aclose(), the generator expression `(x async for x in ...)`
# and a genexp with await are async generators named <genexpr>; the
# function itself is a plain function; none of the types can be
# instantiated.
import types


async def agen():
    yield 1


async def coro():
    return 1


async def main():
    ge = (x async for x in agen())
    ge2 = (await coro() for _ in range(1))
    for obj in (ge, ge2):
        print(type(obj).__name__, obj.__name__, obj.__qualname__,
              repr(obj).startswith("<async_generator object main.<locals>.<genexpr> at 0x"))
    print([x async for x in ge], [x async for x in ge2])


ag = agen()
print(type(agen).__name__, type(ag).__name__, type(ag) is types.AsyncGeneratorType)
print(types.AsyncGeneratorType.__name__, types.AsyncGeneratorType.__qualname__,
      types.AsyncGeneratorType.__module__)
print(repr(types.AsyncGeneratorType))
print(repr(ag).startswith("<async_generator object agen at 0x"), repr(ag).endswith(">"))
print(str(ag) == repr(ag))
objs = [ag.__anext__(), ag.asend(None), ag.athrow(ValueError), ag.aclose()]
for o in objs:
    print(type(o).__name__, repr(o).startswith("<" + type(o).__name__ + " object at 0x"))
for o in objs:
    o.close()
for t in (types.AsyncGeneratorType, type(objs[0]), type(objs[2])):
    try:
        t()
    except TypeError as e:
        print("TypeError:", e)
print(isinstance(ag, types.AsyncGeneratorType), isinstance(ag, types.GeneratorType),
      isinstance(ag, types.CoroutineType), isinstance(agen, types.FunctionType))
print(type(ag.ag_frame).__name__, type(ag.ag_code).__name__)
c = main()
try:
    c.send(None)
except StopIteration:
    pass
