# RUN: %difftest %s
# repr/str of complex numbers (the shortest float repr without ".0", signed
# zeros, nan and inf, exponents) and format(): no type is like repr with the
# spec's sign, width and precision; a type formats both parts (no
# parentheses); what complex's format refuses.
inf, nan = float("inf"), float("nan")
parts = [0.0, -0.0, 1.0, -1.0, 2.5, -0.1, 1e16, 1e15, 123456789.0, 1.5e20, 1e-5, 1e-4, -1e-300, 5e-324,
         1.7976931348623157e308, 0.1 + 0.2, 1 / 3, inf, -inf, nan, -nan]
for re in parts:
    print(" ".join(repr(complex(re, im)) for im in parts))
for re in parts[:8]:
    print(" ".join(str(complex(re, im)) for im in parts[8:]))
print(1j, -1j, -0j, 0j, complex(0.0, -0.0), complex(-0.0, 0.0), 1e22j, 1 + 1e-7j, [1j, 2 + 0j], (1j,), {1j: -1j})
print(f"{1 + 2j}", f"{1 + 2j!r}", f"{1 + 2j!s:>12}|", f"{-1j!a}", "{} {!r}".format(2j, -2j), "%s|%r|%8s" % (1j, 2j, 3j))

vals = [0j, -0j, 1j, 1 + 2j, -1.5 - 2.25j, complex(0.0, -0.0), complex(-0.0, 0.0), complex(1e20, -1e-20),
        complex(nan, inf), complex(-inf, nan), complex(123456.789, -9876543.21), 1e16 + 1e16j, complex(0, 1e-5),
        complex(2.675, -0.125), complex(-1e-9, 1e-9), complex(1234567.0, 0.5), complex(5e-324, -5e-324), complex(0.5, 1.5)]
specs = ["", ".2f", ">20", "<20", "^21", "g", ".3", ".3g", "e", "+.1e", " ", "-", "+", ",.2f", "_.3f", "F", "G", "E", "n",
         "#", "#g", "#.0f", "z.1f", "z", "z.0e", "*^30.2f", "10", ".0", ".0f", "10.3", "+g", "+.2", " .1f", "#.3", "#e",
         ".10g", ".17g", ".0e", ".1%" if False else ".1G", ",", "_", ",g", "30,.3f", "\u00b7^15", "-<14.2e", "+#.0e",
         ".20f", "0<10" if False else "x<12.1f"]
for v in vals:
    row = []
    for s in specs:
        try:
            row.append(format(v, s))
        except Exception as e:
            row.append(f"{type(e).__name__}: {e}")
    print(repr(v), "|".join(row))
for s in ["d", "%", "s", "020", "=10", "010.2f", "0<10", "0>12.1f", "x", "c", "\x01", "ab", ".2s", ",d", ",x", ",s", "_b",
          ".f", ",_f", "_,f", "r", "?", "10.2r", "#x", "+s", "z=5"]:
    try:
        print(repr(s), format(1 + 2j, s))
    except Exception as e:
        print(repr(s), type(e).__name__, e)
z = -3.25 + 4j
print(f"{z:>20}|{z:<20}|{z:^20}|{z:g}|{z:.1f}|{z:+.3e}|{z:_>16.2f}|{z:{'>'}{16}}|{z!r:^20}|")
print("{:.2f} {:g} {:>15} {:E}".format(1j, z, z, z), format(z), format(z, ""), z.__format__(""), z.__format__(".1f"))
try:
    z.__format__(3)
except TypeError as e:
    print("TypeError", e)
print(str(complex), repr(type(1j)), [str(complex(x, -x)) for x in range(-2, 3)])
print(format(-inf, "z.1f"), f"{-inf:z}", f"{-inf:z.2e}", format(-0.0, "z"), format(complex(-inf, -0.0), "z.2f"))
