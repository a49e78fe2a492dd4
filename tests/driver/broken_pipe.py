# A reader that goes away (`prog | head -1`): the print that meets the
# closed pipe raises BrokenPipeError and the program ends with its
# traceback and status 1, as under CPython (which ignores SIGPIPE), not
# killed by SIGPIPE. Both are run the same way and compared.
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: %python %srcdir/tests/tools/pipe_to_head.py %python %s > %t.python.out
# RUN: %python %srcdir/tests/tools/pipe_to_head.py %t.prog > %t.native.out
# RUN: diff %t.python.out %t.native.out
# RUN: FileCheck %s --input-file %t.native.out
# CHECK: 0
# CHECK-NEXT: status 1
for i in range(100000):
    print(i)
print("never reached")
