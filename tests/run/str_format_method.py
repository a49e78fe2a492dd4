# RUN: %difftest %s
# str.format: automatic, positional, named, indexed and attribute fields,
# conversions, nested specs, and format_map.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

p = Point(3, -4)
data = {"name": "Lin", "langs": ["C", "Py"]}
print("{} + {} = {}".format(1, 2, 1 + 2))
print("{0} {1} {0} {2}".format("a", "b", "c"))
print("{name} is {age} years old".format(name="Mo", age=31))
print("{0[name]} knows {0[langs][1]} and {0[langs][0]}".format(data))
print("{p.x},{p.y} -> {p!r} / {p!s}".format(p=p))
print("{0.x:+d} {0.y:+d}".format(p))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:08.3f} {:,} {:x} {:#b} {:e} {:.1%}".format(3.14159, 9876543, 255, 10, 12345.678, 0.4567))
print("{:{fill}{align}{width}}".format("nested", fill="*", align="^", width=14))
print("{0:{1}.{2}f}".format(2.718281828, 10, 3))
print("{{escaped}} {}".format("ok"))
print("{!r:>10} {!s:<6}|".format("q", 12))
print("{0}{1}{0}".format("ab", "-"))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
print("{} {}".format(*["star", "args"]), "{x}{y}".format(**{"x": "kw", "y": "args"}))
print("{:d} items at {:.2f} = {:>10.2f}".format(3, 1.5, 4.5))
print("{:c}{:c}{:c}".format(72, 105, 33))
print("{:s}".format("plain"), "{:10s}|".format("pad"))
table = [("apple", 3, 0.5), ("banana", 12, 0.25), ("cherry", 100, 2.0)]
for name, qty, price in table:
    print("{:<10}{:>5}{:>8.2f}{:>9.2f}".format(name, qty, price, qty * price))
try:
    "{} {}".format("only one")
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(present=1)
except KeyError as e:
    print("KeyError:", e)
try:
    "{:d}".format("text")
except ValueError as e:
    print("ValueError:", e)
