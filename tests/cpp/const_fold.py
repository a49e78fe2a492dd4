# RUN: %pyco2cpp --dump=cpp --no-format %s | FileCheck %s
# Arithmetic on literals is folded at compile time as CPython's optimiser
# folds it: a big int is one int_const, a long tuple of folded small ints is
# a static array, a long tuple of folded big ints is made once in
# init_constants; no operation is left for run time. A division by zero is
# left to run time, where it raises.
def big():
    return 10**30, 2**64 - 1, 1 << 100


def long_small():
    return (-(2**0), -(2**1), -(2**2), -(2**3), -(2**4), -(2**5), -(2**6), -(2**7), -(2**8), -(2**9), -(2**10), -(2**11), -(2**12), -(2**13), -(2**14), -(2**15), -(2**16), -(2**17), -(2**18), -(2**19), -(2**20), -(2**21), -(2**22), -(2**23), -(2**24), -(2**25), -(2**26), -(2**27), -(2**28), -(2**29), -(2**30), -(2**31), -(2**32), -(2**33), -(2**34), -(2**35), -(2**36), -(2**37), -(2**38), -(2**39), -(2**40), -(2**41), -(2**42), -(2**43), -(2**44), -(2**45), -(2**46), -(2**47), -(2**48), -(2**49), -(2**50), -(2**51), -(2**52), -(2**53), -(2**54), -(2**55), -(2**56), -(2**57), -(2**58), -(2**59), -(2**0), -(2**1), -(2**2), -(2**3), -(2**4), -(2**5))


def long_big():
    return (2**64 + 0, 2**64 + 1, 2**64 + 2, 2**64 + 3, 2**64 + 4, 2**64 + 5, 2**64 + 6, 2**64 + 7, 2**64 + 8, 2**64 + 9, 2**64 + 10, 2**64 + 11, 2**64 + 12, 2**64 + 13, 2**64 + 14, 2**64 + 15, 2**64 + 16, 2**64 + 17, 2**64 + 18, 2**64 + 19, 2**64 + 20, 2**64 + 21, 2**64 + 22, 2**64 + 23, 2**64 + 24, 2**64 + 25, 2**64 + 26, 2**64 + 27, 2**64 + 28, 2**64 + 29, 2**64 + 30, 2**64 + 31, 2**64 + 32, 2**64 + 33, 2**64 + 34, 2**64 + 35, 2**64 + 36, 2**64 + 37, 2**64 + 38, 2**64 + 39, 2**64 + 40, 2**64 + 41, 2**64 + 42, 2**64 + 43, 2**64 + 44, 2**64 + 45, 2**64 + 46, 2**64 + 47, 2**64 + 48, 2**64 + 49, 2**64 + 50, 2**64 + 51, 2**64 + 52, 2**64 + 53, 2**64 + 54, 2**64 + 55, 2**64 + 56, 2**64 + 57, 2**64 + 58, 2**64 + 59, 2**64 + 60, 2**64 + 61, 2**64 + 62, 2**64 + 63, 2**64 + 64, 2**64 + 65)


def stays():
    return 1 / 0


print(big(), sum(long_small()), sum(long_big()))

# CHECK-DAG: K{{\[}}[[A:[0-9]+]]{{\]}} = py::int_const("1000000000000000000000000000000");
# CHECK-DAG: K{{\[}}[[B:[0-9]+]]{{\]}} = py::int_const("18446744073709551615");
# CHECK-DAG: K{{\[}}[[C:[0-9]+]]{{\]}} = py::int_const("1267650600228229401496703205376");
# CHECK-DAG: K{{\[}}[[BIG:[0-9]+]]{{\]}} = py::new_tuple({{[{]}}K{{\[}}[[A]]{{\]}}, K{{\[}}[[B]]{{\]}}, K{{\[}}[[C]]{{\]}}{{[}]}});
# CHECK-DAG: K{{\[}}[[SMALL:[0-9]+]]{{\]}} = [] {{[{]}} static const int64_t items_[] = {{[{]}}INT64_C(-1),INT64_C(-2),INT64_C(-4),{{.*}}; return py::tuple_of_ints(items_, 66); {{[}]}}();
# CHECK: {{^ *}}K{{\[}}[[LONG:[0-9]+]]{{\]}} = [] {
# CHECK-NEXT: {{^ *}}Value l_ = py::new_list({});
# CHECK-NEXT: {{^ *}}[&]() __attribute__((noinline)) {
# CHECK-NEXT: {{^ *}}py::list_append(l_, K{{\[}}{{[0-9]+}}{{\]}});
# CHECK: {{^ *}}return py::list_to_tuple(l_);
# CHECK: Value fn_big(
# CHECK-NOT: py::pow(
# CHECK: return K{{\[}}[[BIG]]{{\]}};
# CHECK: Value fn_long_small(
# CHECK: return K{{\[}}[[SMALL]]{{\]}};
# CHECK: Value fn_long_big(
# CHECK-NOT: py::add(
# CHECK: return K{{\[}}[[LONG]]{{\]}};
# CHECK: Value fn_stays(
# CHECK: py::truediv(Value::from_int(INT64_C(1)), Value::from_int(INT64_C(0)))
