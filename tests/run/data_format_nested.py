# RUN: %difftest %s
# str.format: nested fields, attribute and index lookups, conversions, auto/manual numbering, format_map.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"
    def __str__(self):
        return "P"
p = Point(3, -4)
print("{0.x},{0.y} {0!r} {0!s} {0}".format(p), "{p.x:>{w}}|".format(p=p, w=6), "{:{fill}{align}{width}}".format("mid", fill="*", align="^", width=9))
print("{0[1]} {0[-1]}".format([10, 20]) if False else "{0[1]} {1[key]} {1[0]}".format([10, 20], {"key": "v", 0: "zero"}))
print("{:{}.{}f}".format(3.14159, 10, 2), "{0:{1}}".format(42, "+08d"), "{:>{}}".format("x", 5), "{!r:^10}".format("s"), "{!a}".format("é"))
print("{{literal}} {0} {{{0}}}".format("v"), "{}{}{}".format(1, 2, 3), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}".format("dup"))
print("{:,}".format(1234567.891), "{:_x}".format(2 ** 40), "{:#_b}".format(255), "{:=^+12,.2f}".format(-1234.5), "{:%}".format(0.125), "{:.0%}".format(0.995))
print("{:c}".format(9731), "{:5c}|".format(65), "{:n}".format(1234), "{:e}".format(12345), "{:>8.3s}|".format("abcdef"), "{:08.3f}".format(-2.5))
print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x[0]}".format(x="str"), "{0.real}/{0.imag}".format(5), "{:d}".format(True), "{}".format(None))
print(format(255, "#x"), format(255, "x"), format(-255, "#o"), format(10, "b"), format(1e10, ","), format(0.1, ".20g"), format(12, ""), format("s", ""))
print(f"{'nested':{'>'}{12}}", f"{3.14159:.{3}}", f"{2 ** 10:{'_'}}", f"{'a' 'b'}", f"{[1, 2][1]}", f"{ {'k': 'v'}['k'] }", f"{p!r:>15}", f"{p.x + p.y = }")
for fmt_str, args, kwargs in [("{", (), {}), ("}", (), {}), ("{0}{}", (1, 2), {}), ("{}{0}", (1, 2), {}), ("{5}", (1,), {}), ("{x}", (), {}), ("{0.nope}", (1,), {}), ("{0[5]}", ([1],), {}), ("{:d}", ("s",), {}), ("{!z}", (1,), {}), ("{:,s}", ("x",), {})]:
    try:
        print(fmt_str.format(*args, **kwargs))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError) as e:
        print(type(e).__name__, e)
