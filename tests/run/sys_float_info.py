# RUN: %difftest %s
# sys.float_info: the double's limits, as a struct sequence (fields, tuple, repr).
import sys

print(sys.float_info)
fi = sys.float_info
print(fi.max, fi.min, fi.epsilon, fi.dig, fi.mant_dig, fi.radix, fi.rounds)
print(fi.max_exp, fi.max_10_exp, fi.min_exp, fi.min_10_exp)
print(len(fi), fi[0] == fi.max, tuple(fi)[-1])
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
