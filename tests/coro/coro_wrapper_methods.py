# RUN: %difftest %s
# The coroutine wrapper's iterator methods called by name: __next__ resumes
# the coroutine like next(), __iter__ returns the wrapper itself.
import types


@types.coroutine
def emit(v):
    return (yield v)


async def three():
    a = await emit(1)
    b = await emit(2)
    return (a, b)


c = three()
w = c.__await__()
print(w.__next__(), w.send("A"))
print("__iter__:", w.__iter__() is w)
try:
    w.__next__()
except StopIteration as stop:
    print("StopIteration:", stop.value)
print("has __next__:", hasattr(w, "__next__"), "has __iter__:", hasattr(w, "__iter__"))
