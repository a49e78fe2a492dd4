# RUN: %difftest %s
# The smallest end-to-end program: print with sep/end, arithmetic, strings.
print("hello, world")
print(1, 2, 3, sep=", ", end=" !\n")
x = 6 * 7
print("x =", x, "half:", x / 2, "floor:", x // 5, "mod:", x % 5)
name = "pyco2cpp"
print(f"{name} has {len(name)} characters")
print(name.upper(), name[2:5], name[::-1])
print(True and False, True or False, not True, None)
print([1, 2, 3], (4, 5), {"a": 1}, {7})
print()
print("done")
