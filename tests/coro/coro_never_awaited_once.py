# RUN: %python %s > %t.py.out 2> %t.py.err
# RUN: FileCheck %s < %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: %t.prog > %t.prog.out 2> %t.prog.err
# RUN: FileCheck %s < %t.prog.err
# RUN: diff %t.py.out %t.prog.out
# The RuntimeWarning for a coroutine that was never awaited goes through
# CPython's warnings module, whose default action shows a warning once per
# (message, line): coroutines of one function dropped again and again at the
# same line are reported once; another function's, or another line, again;
# and at the end of the program, where every drop is at `sys:1`, once per
# function.


async def f():
    pass


async def g():
    pass


for i in range(3):
    f()
# CHECK: {{.*}}coro_never_awaited_once.py:[[@LINE-1]]: RuntimeWarning: coroutine 'f' was never awaited
# CHECK-NEXT: {{^}}  f(){{$}}
# CHECK-NEXT: {{^}}RuntimeWarning: Enable tracemalloc to get the object allocation traceback{{$}}
# CHECK-NOT: never awaited
print("after the loop")

for i in range(2):
    f()
    g()
# CHECK: {{.*}}coro_never_awaited_once.py:[[@LINE-2]]: RuntimeWarning: coroutine 'f' was never awaited
# CHECK: {{.*}}coro_never_awaited_once.py:[[@LINE-2]]: RuntimeWarning: coroutine 'g' was never awaited
# CHECK-NOT: never awaited
print("after the second loop")


def drop():
    f()


drop()
drop()
# CHECK: {{.*}}coro_never_awaited_once.py:[[@LINE-5]]: RuntimeWarning: coroutine 'f' was never awaited
# CHECK-NOT: never awaited
print("after drop() twice")

kept = [f() for i in range(3)] + [g() for i in range(2)]
print("end: five coroutines still referenced")
# CHECK-DAG: {{^}}sys:1: RuntimeWarning: coroutine 'f' was never awaited{{$}}
# CHECK-DAG: {{^}}sys:1: RuntimeWarning: coroutine 'g' was never awaited{{$}}
# CHECK-NOT: never awaited
