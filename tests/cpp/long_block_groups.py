# RUN: %pyco2cpp --dump=cpp --no-format %s | FileCheck %s
# A block of more than 64 statements goes in noinline groups of at most 64,
# split where a statement returns, breaks or continues (it cannot cross a
# lambda); a short block stays as it is.
def short(x):
    x += 1
    return x


def long(x):
    x += 0
    x += 1
    x += 2
    x += 3
    x += 4
    x += 5
    x += 6
    x += 7
    x += 8
    x += 9
    x += 10
    x += 11
    x += 12
    x += 13
    x += 14
    x += 15
    x += 16
    x += 17
    x += 18
    x += 19
    x += 20
    x += 21
    x += 22
    x += 23
    x += 24
    x += 25
    x += 26
    x += 27
    x += 28
    x += 29
    x += 30
    x += 31
    x += 32
    x += 33
    x += 34
    x += 35
    x += 36
    x += 37
    x += 38
    x += 39
    x += 40
    x += 41
    x += 42
    x += 43
    x += 44
    x += 45
    x += 46
    x += 47
    x += 48
    x += 49
    x += 50
    x += 51
    x += 52
    x += 53
    x += 54
    x += 55
    x += 56
    x += 57
    x += 58
    x += 59
    x += 60
    x += 61
    x += 62
    x += 63
    x += 64
    x += 65
    x += 66
    x += 67
    x += 68
    x += 69
    if x > 10 ** 6:
        return 0
    x -= 0
    x -= 1
    x -= 2
    x -= 3
    x -= 4
    x -= 5
    x -= 6
    x -= 7
    x -= 8
    x -= 9
    return x


print(short(1), long(1))

# CHECK-LABEL: {{^}}Value fn_short(
# CHECK-NOT: noinline
# CHECK-LABEL: {{^}}Value fn_long(
# CHECK: {{^ *}}[&]() __attribute__((noinline)) {
# CHECK: {{^ *}}py::iadd_int_into(v_x, INT64_C(63));
# CHECK-NEXT: {{^ *}}}
# CHECK-NEXT: {{^ *}}}();
# CHECK-NEXT: {{^}}#line 75
# CHECK: {{^ *}}py::iadd_int_into(v_x, INT64_C(64));
# CHECK-NOT: noinline
# CHECK: {{^ *}}return Value::from_int(INT64_C(0));
# CHECK: {{^ *}}[&]() __attribute__((noinline)) {
# CHECK-NEXT: {{^}}#line 83
# CHECK: {{^ *}}v_x = py::isub({{.*}}INT64_C(9)));
# CHECK-NEXT: {{^ *}}}
# CHECK-NEXT: {{^ *}}}();
# CHECK-LABEL: {{^}}PYRT_MODULE_BODY void module_body()
