# RUN: %pyco2cpp --dump=cpp --no-format %s | FileCheck %s
# Tuples of literals are constants made once in init_constants, one K[]
# entry per distinct tuple (nested ones first); a long tuple of small ints is
# a static array, so g++ compiles data rather than code; the function only
# loads the constant.
def f():
    return (1, (2, "s"))


def g():
    return (1, (2, "s"))


def long_ints():
    return (-3, -2, -1, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 60, 61, 62, 63, 64, 65, 66)


print(f() is g(), sum(long_ints()))

# CHECK: {{^ *}}K{{\[}}[[S:[0-9]+]]{{\]}} = py::str_const("s", 1);
# CHECK-NEXT: {{^ *}}K{{\[}}[[INNER:[0-9]+]]{{\]}} = py::new_tuple({{[{]}}Value::from_int(INT64_C(2)), K{{\[}}[[S]]{{\]}}{{[}]}});
# CHECK-NEXT: {{^ *}}K{{\[}}[[OUTER:[0-9]+]]{{\]}} = py::new_tuple({{[{]}}Value::from_int(INT64_C(1)), K{{\[}}[[INNER]]{{\]}}{{[}]}});
# CHECK-NEXT: {{^ *}}K{{\[}}[[LONG:[0-9]+]]{{\]}} = [] {{[{]}} static const int64_t items_[] = {{[{]}}-INT64_C(3),-INT64_C(2),-INT64_C(1),INT64_C(0),INT64_C(1),{{.*}},INT64_C(66){{[}]}}; return py::tuple_of_ints(items_, 70); {{[}]}}();
# CHECK-NOT: py::new_tuple(
# CHECK: Value fn_f(
# CHECK: return K{{\[}}[[OUTER]]{{\]}};
# CHECK: Value fn_g(
# CHECK: return K{{\[}}[[OUTER]]{{\]}};
# CHECK: Value fn_long_ints(
# CHECK: return K{{\[}}[[LONG]]{{\]}};
