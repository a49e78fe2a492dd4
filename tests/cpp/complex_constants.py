# RUN: %pyco2cpp --dump=cpp --no-format %s | FileCheck %s
# Imaginary literals are constants made once, like big ints and strs: one
# K[] entry per value however it is spelled (1j, 1.0j, 1_0e-1J), a negated
# literal folded as CPython folds it (-(1j) is complex(-0.0, -1.0)), an
# overflowing one infinite.
def f(x):
    return x * 1j + 1j - 2.5J


print(f(1), 1j, 1.0j, -1j, -0j, 1e400j, -1e400j, 1_0e-1J)

# CHECK: {{^ *}}K{{\[}}[[ONE:[0-9]+]]{{\]}} = py::complex_const(0x0p+0, 0x1p+0);
# CHECK-NEXT: {{^ *}}K{{\[}}[[HALF5:[0-9]+]]{{\]}} = py::complex_const(0x0p+0, 0x1.4p+1);
# CHECK-NEXT: {{^ *}}K{{\[}}[[MINUS_ONE:[0-9]+]]{{\]}} = py::complex_const(-0x0p+0, -0x1p+0);
# CHECK-NEXT: {{^ *}}K{{\[}}[[MINUS_ZERO:[0-9]+]]{{\]}} = py::complex_const(-0x0p+0, -0x0p+0);
# CHECK-NEXT: {{^ *}}K{{\[}}[[INF:[0-9]+]]{{\]}} = py::complex_const(0x0p+0, __builtin_inf());
# CHECK-NEXT: {{^ *}}K{{\[}}[[MINUS_INF:[0-9]+]]{{\]}} = py::complex_const(-0x0p+0, -__builtin_inf());
# CHECK-NOT: {{^ *}}K{{.*}}py::complex_const(
# CHECK: return py::sub(py::add(py::mul(v_x, K{{\[}}[[ONE]]{{\]}}), K{{\[}}[[ONE]]{{\]}}), K{{\[}}[[HALF5]]{{\]}});
# CHECK: {{[{]}}std::move({{.*}}), K{{\[}}[[ONE]]{{\]}}, K{{\[}}[[ONE]]{{\]}}, K{{\[}}[[MINUS_ONE]]{{\]}}, K{{\[}}[[MINUS_ZERO]]{{\]}}, K{{\[}}[[INF]]{{\]}}, K{{\[}}[[MINUS_INF]]{{\]}}, K{{\[}}[[ONE]]{{\]}}}
