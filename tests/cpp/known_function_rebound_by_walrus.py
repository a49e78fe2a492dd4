# RUN: %pyco2cpp --dump=cpp --no-format %s | FileCheck %s
# Every binding of a module name counts, a walrus's too: `twice`, rebound by
# one, is not a known function (no KF_twice, no direct calls), while `other`,
# bound once, is. (The bindings resolve counts; codegen used to count them
# again itself and missed walruses and the name `import a.b` binds.)
def other(x):
    return x


def twice(x):
    return 2 * x


print(twice(3))
print((twice := other)(3), other(4))

# CHECK-NOT: {{^}}const py::Object* KF_twice
# CHECK: {{^}}const py::Object* KF_other = nullptr;
# CHECK-NOT: {{^}}const py::Object* KF_twice
# CHECK: py::call_known({{.*}}KF_other
