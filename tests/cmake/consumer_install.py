# Installs the built tree into a fresh prefix, then builds the outside
# project examples/cmake-consumer against it with find_package(pyco2cpp) and
# pyco2cpp_add_executable(), and checks that the app prints what CPython
# prints. Also checks that the installed driver builds programs on its own,
# against the installed runtime.
#
# RUN: rm -rf %t && mkdir -p %t
# RUN: cmake --install %builddir --prefix %t/prefix > %t/install.log
# RUN: cmake -S %srcdir/examples/cmake-consumer -B %t/build -DCMAKE_PREFIX_PATH=%t/prefix > %t/configure.log
# RUN: cmake --build %t/build > %t/build.log
# RUN: %t/build/app | FileCheck %s
# RUN: %python %srcdir/examples/cmake-consumer/main.py > %t/expected.txt
# RUN: %t/build/app > %t/actual.txt
# RUN: diff %t/expected.txt %t/actual.txt
#
# RUN: %t/prefix/bin/pyco2cpp build %srcdir/examples/cmake-consumer/main.py -o %t/direct
# RUN: %t/direct > %t/direct.txt
# RUN: diff %t/expected.txt %t/direct.txt
#
# CHECK: hello, cmake!
# CHECK-NEXT: counter: 13
# CHECK-NEXT: [('a', 2), ('bb', 2), ('ccc', 3)]
