# RUN: %difftest %s
# f-string features: nested expressions, conversions !r !s !a, the = specifier,
# quotes, escaped braces, calls, subscripts, conditional expressions inside.
name = "Ada"
scores = {"math": 95, "art": 78}
items = ["x", "y", "z"]
print(f"Hello, {name}! You have {len(items)} items: {', '.join(items)}")
print(f"{name!r} {name!s} {'café'!a} {items!r}")
print(f"{scores['math']} {scores['art'] if False else -1} {items[-1]}")
print(f"{{literal braces}} {{{name}}} {'{'}")
print(f"{name=} {len(items)=} {1 + 2=} {name = }")
print(f"{3.14159=:.2f} {name=!s} {items[0]=}")
print(f"{'yes' if len(name) > 2 else 'no'} {[i * 2 for i in range(3)]} {dict(a=1)}")
print(f"{name.upper()} {name.lower().center(7, '.')} {name[::-1]}")
value = 7
print(f"{value} squared is {value ** 2}, halved is {value / 2}, negated is {-value}")
print(f"multi" f"part {value}" " plain " f"{value + 1}")
print(f'''triple {name}
second line {value}''')
print(F"upper F {value}", rf"raw \n {value}", fr"{name}\t")
nested = f"{f'{name:>5}':<8}|"
print(nested)
width = 6
print(f"{'a':{width}}|{'b':>{width}}|{value:0{width}d}")
print(f"{3 > 2} {None} {[]} {()} {{}} {set()}")
amount = 1234.5
print(f"Total: {amount:>12,.2f} EUR")
print(f"{'%'} {'%%'} {'-'.join(['a', 'b'])} {chr(92)}")
