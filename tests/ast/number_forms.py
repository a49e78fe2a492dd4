# Zero-led floats are floats, not prefixed integers.
# RUN: %pyco2cpp --dump=ast %s | FileCheck %s
x = (0e0, 0E5, 00.5, 0x1F, 0o17, 0b101, 1_0e1_0, 0j)
# CHECK: Constant Float '0e0'
# CHECK: Constant Float '0E5'
# CHECK: Constant Float '00.5'
# CHECK: Constant Int '31'
# CHECK: Constant Int '15'
# CHECK: Constant Int '5'
# CHECK: Constant Float '10e10'
# CHECK: Constant Imag '0'
