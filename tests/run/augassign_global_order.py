# RUN: %difftest %s
# `x += f()` reads x before f() runs: if f rebinds the global, the sum is
# of the value read first (CPython's LOAD then BINARY_OP then STORE). An
# unbound name raises before the right-hand side runs. A str that only the
# variable references still grows in place (the loop stays linear).
counter = 1
text = "a"


def rebind():
    global counter, text
    counter = 100
    text = "REBOUND"
    return 5


def bump():
    global counter
    counter += rebind()
    return counter


print(bump())
text += str(rebind())
print(text)


def noisy():
    print("right-hand side ran")
    return 1


def unbound_global():
    global never_bound
    never_bound += noisy()


try:
    unbound_global()
except NameError as e:
    print("NameError:", e)

s = ""
for i in range(20000):
    s += "xy"
print(len(s))


def local_str(n):
    acc = ""
    for i in range(n):
        acc += str(i % 10)
    return acc


print(local_str(25))
