# Generated C++ compiles without a single warning under both compilers the
# project supports, so nothing leaks into the build of a project that
# compiles it itself (examples/cmake-consumer). clang-14 knows no
# optimize("O1") attribute: PYRT_MODULE_BODY (pyrt/api.h) is empty there.
# RUN: env CXX="g++ -Werror" %pyco2cpp build %s -o %t.gcc
# RUN: %t.gcc | FileCheck %s
# RUN: env CXX="clang++-14 -Werror" %pyco2cpp build %s -o %t.clang
# RUN: %t.clang | FileCheck %s
# CHECK: 45 [0, 1, 4]


def square(n):
    return n * n


total = 0
for i in range(10):
    total += i
print(total, [square(i) for i in range(3)])
