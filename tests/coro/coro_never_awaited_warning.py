# RUN: %difftest %s
# RUN: %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: %t.prog > %t.prog.out 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# A coroutine dropped before it ever ran prints CPython's RuntimeWarning on
# stderr, at the line that dropped it; one that was started, closed, or
# thrown into before starting is not reported. Both CPython's and the
# compiled program's stderr must match the same checks.


async def f(tag):
    print("running", tag)


async def g():
    return 1


def drop_in_function():
    f("a")
    print("after drop_in_function")


drop_in_function()
# CHECK: {{.*}}coro_never_awaited_warning.py:[[@LINE-5]]: RuntimeWarning: coroutine 'f' was never awaited
# CHECK-NEXT: {{^}}  f("a"){{$}}
# CHECK-NEXT: {{^}}RuntimeWarning: Enable tracemalloc to get the object allocation traceback{{$}}

c = g()
del c
print("after del")
# CHECK: {{.*}}coro_never_awaited_warning.py:[[@LINE-2]]: RuntimeWarning: coroutine 'g' was never awaited
# CHECK-NEXT: {{^}}  del c{{$}}
# CHECK-NEXT: {{^}}RuntimeWarning: Enable tracemalloc to get the object allocation traceback{{$}}

c = f("b")
c = f("c")
print("after rebinding")
# CHECK: {{.*}}coro_never_awaited_warning.py:[[@LINE-2]]: RuntimeWarning: coroutine 'f' was never awaited
# CHECK-NEXT: {{^}}  c = f("c"){{$}}
# CHECK-NEXT: {{^}}RuntimeWarning: Enable tracemalloc to get the object allocation traceback{{$}}

# Started, closed, or thrown into: no warning.
started = f("started")
try:
    started.send(None)
except StopIteration:
    pass
del started
closed = g()
closed.close()
del closed
thrown = g()
try:
    thrown.throw(ValueError)
except ValueError:
    pass
del thrown
print("after the quiet ones")
# CHECK-NOT: never awaited
# A coroutine still referenced at the end of the program is reported when
# the module is torn down, with no source line.
# CHECK: sys:1: RuntimeWarning: coroutine 'f' was never awaited
# CHECK-NOT: never awaited
