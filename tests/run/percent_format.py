# RUN: %difftest %s
# printf-style % formatting with single values, tuples and dicts.
print("%s" % "single")
print("%s and %s" % ("one", "two"))
print("%d %i %5d|%-5d|%05d" % (42, 7, 3, 3, 3))
print("%f %.2f %8.3f|%-8.1f|%+.1f" % (3.14159, 3.14159, 3.14159, 3.14159, 3.14159))
print("%e %.3E %g %G %g" % (12345.678, 0.000123, 0.00001234, 1e20, 100.0))
print("%x %X %#x %o %#o" % (255, 255, 255, 8, 8))
print("%c%c %r %s %a" % (80, "y", "quoted", [1, "a"], "é"))
print("100%% done, %s%%" % 50)
print("%(name)s is %(age)d; %(name)r again" % {"name": "Zoe", "age": 7})
print("%(x).2f/%(y)05d" % {"x": 2.0 / 3, "y": 42})
print("%*d|%-*s|%.*f" % (6, 42, 6, "ab", 2, 3.14159))
print("%s" % (("tuple", "inside"),))
print("%s %s" % (None, True), "%d" % True, "%s" % 1.0, "%r" % 0.1)
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("%d" % 3.99, "%d" % -3.99, "%.0f" % 2.5, "%.0f" % 3.5)
print("%s" % [1, 2], "%s" % {"k": "v"}, "%s" % 2 ** 80)
print("%5.1f%%" % 99.44)
rows = [("north", 1200, 0.125), ("south", 875, 0.0625)]
for region, sales, share in rows:
    print("%-8s %6d %7.2f%%" % (region, sales, share * 100))
try:
    print("%d %d" % (1,))
except TypeError as e:
    print("TypeError:", e)
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("a", "b", "c"))
except TypeError as e:
    print("TypeError:", e)
