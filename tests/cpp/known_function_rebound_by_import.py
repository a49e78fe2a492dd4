# RUN: %pyco2cpp --dump=cpp --no-format %s | FileCheck %s
# `import collections.abc` binds `collections`: the def before it is then not
# the name's only binding, so it is not a known function (no KF_collections,
# no direct calls), while `other`, bound once, is.
def collections():
    return 1


def other(x):
    return x


print(other(2))
import collections.abc

# CHECK-NOT: {{^}}const py::Object* KF_collections
# CHECK: {{^}}const py::Object* KF_other = nullptr;
# CHECK-NOT: {{^}}const py::Object* KF_collections
# CHECK: py::call_known({{.*}}KF_other
