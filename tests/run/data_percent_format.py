# RUN: %difftest %s
# printf-style formatting: mapping keys, * widths, flags, conversions, errors.
d = {"name": "Ada", "age": 36, "pi": 3.14159, "big": 2 ** 70, "neg": -42}
print("%(name)s is %(age)d; pi=%(pi).2f; %(big)x; %(neg)+05d; %(name)r; %%" % d)
print("%(age)5d|%(age)-5d|%(age)05d|%(pi)10.3e|%(pi)-10g|%(name)10s|%(name)-10s|" % d)
print("%*d|%-*d|%.*f|%*.*f|" % (6, 42, 6, 42, 2, 3.14159, 8, 3, 2.71828))
print("%c%c%c" % (72, "i", 0x4E2D), "%5c|%-3c|" % ("x", 65), "%s" % [1, "a"], "%s" % ((1, 2),), "%r" % "q'uote", "%a" % "中")
print("%x %X %o %#x %#X %#o %+x % d %b" % (255, 255, 8, 255, 255, 8, -255, 7, 0) if False else "%x %X %o %#x %#X %#o %+x % d" % (255, 255, 8, 255, 255, 8, -255, 7))
print("%i %u %d" % (3.99, -2.5, True), "%.0f %.1f %e %g %G" % (0.5, 0.25, 1234.5, 0.00001234, 1e-10), "%5.1s|" % "abc", "%.3s" % "abcdef")
print("%s %s" % ("a", "b"), "%s" % "solo", "%s" % (["x"],), "%(a)s %(a)s" % {"a": 1}, "%(x)s" % {"x": {"nested": [1]}}, "no args" % ())
print("%-+8.2f|%+-8.2f|%08.2f|%-08.2f|% 08.2f" % (3.14159, 3.14159, -3.14159, 3.14159, 3.14159))
print("%d%%" % 50, "100%%" % (), "%s%%%s" % (1, 2), "%.2f%%" % 99.5, "%5s%%" % "x")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%(k)s", (1,)), ("%(k)s", {}), ("%z", 1), ("%c", 1114112), ("%c", "ab"), ("%d", [1]), ("%*d", ("a", 1)), ("%", ())]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
