# RUN: %difftest %s
# f-string format specs: width, alignment, fill, sign, zero padding, grouping,
# precision, and the presentation types e f g % x o b c with and without #.
n = 1234567
neg = -42
pi = 3.14159265358979
small = 0.000123456
word = "py"
print(f"[{word:10}] [{word:<10}] [{word:>10}] [{word:^10}] [{word:*^9}] [{word:->6}]")
print(f"[{n:10}] [{n:<10}] [{n:^11}] [{n:_>12}] [{neg:=8}] [{neg:0=8}]")
print(f"[{n:,}] [{n:_}] [{-n:,}] [{1234.5678:,.2f}] [{n:012,}] [{0:,}]")
print(f"[{42:+}] [{-42:+}] [{42: }] [{-42: }] [{42:-}] [{3.5:+.1f}] [{-0.0:+}]")
print(f"[{42:05}] [{-42:05}] [{3.14159:08.3f}] [{-3.14159:08.3f}] [{7:03d}]")
print(f"[{pi:.0f}] [{pi:.1f}] [{pi:.4f}] [{pi:10.3f}] [{pi:<10.2f}] [{2.5:.0f}] [{3.5:.0f}]")
print(f"[{pi:e}] [{pi:.2e}] [{n:E}] [{small:e}] [{0.0:e}] [{-1e-10:.3e}]")
print(f"[{pi:g}] [{n:g}] [{small:g}] [{1e20:g}] [{123456789.0:.3g}] [{0.5:G}] [{1e-5:g}]")
print(f"[{0.25:%}] [{0.25:.1%}] [{1.5:.0%}] [{-0.125:8.2%}]")
print(f"[{255:x}] [{255:X}] [{255:#x}] [{255:#X}] [{255:o}] [{255:#o}] [{5:b}] [{5:#b}] [{5:08b}] [{5:#010b}]")
print(f"[{65:c}] [{0x4e2d:c}] [{-255:x}] [{-5:#b}] [{2**70:x}] [{1000000:_x}]")
print(f"[{n:d}] [{True}] [{True:d}] [{None}] [{None!r:>6}] [{'a'!r:<5}]")
width, precision = 12, 3
print(f"[{pi:{width}.{precision}f}] [{word:{'>'}{width}}] [{n:{'_'}>12}]")
print(f"[{1.0}] [{10.0:.2f}] [{1e16}] [{1/3}] [{2/3:.15f}] [{100:.2f}] [{7.0:.3}]")
print(f"[{float('inf'):8}] [{float('-inf'):<8}] [{float('nan'):^8}] [{float('inf'):.2f}]")
print(f"[{123:>{width}}] [{'left':<{width}}|] [{'mid':^{width}}|] [{12.5:^{width}.1f}|]")
print(f"[{12345.6789:10.2f}] [{-12345.6789:,.1f}] [{0.1 + 0.2}] [{0.1 + 0.2:.17f}]")
print(f"[{'abc':.2}] [{'abcdef':>8.3}] [{3:<4}|] [{3.0:<6}|] [{-7:^7}|]")
print(format(n, ","), format(pi, ".2f"), format("x", "^5"), format(255, "#x"), format(0.5, "%"))
