# RUN: %difftest %s
# A class attribute holding a builtin type's method: called on an instance
# of another class, the method checks its self; on a subclass's instance it
# runs.
class C:
    m = list.append


try:
    C().m(1)
except TypeError as e:
    print("TypeError", e)


class L(list):
    add = list.append


x = L()
x.add(2)
x.append(3)
f = x.add
f(4)
print(x, len(x))
print(dict.get({"k": 1}, "k"), str.upper("abc"))
