# RUN: %difftest %s
# del: names, list items and slices, dict keys, attributes; and what follows.
x = 10
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
items = ["a", "b", "c", "d", "e"]
del items[1]
del items[-1]
print(items)
del items[0:2]
print(items)
table = {"k1": 1, "k2": 2, "k3": 3}
del table["k2"]
print(table)
try:
    del table["nope"]
except KeyError as e:
    print("KeyError:", e)
class Box:
    def __init__(self):
        self.content = "stuff"
        self.label = "box"
b = Box()
del b.content
print(hasattr(b, "content"), b.label)
try:
    del b.content
except AttributeError as e:
    print("AttributeError:", e)
a1, a2, a3 = 1, 2, 3
del a1, a2
print(a3)
matrix = [[1, 2], [3, 4]]
del matrix[0][1]
print(matrix)
def local_del():
    value = "temp"
    del value
    value = "rebound"
    return value
print(local_del())
nums = list(range(10))
del nums[::2]
print(nums)
try:
    del nums[100]
except IndexError as e:
    print("IndexError:", e)
alias = nums
del nums
print(alias)
class Tracker:
    def __init__(self):
        self.items = {}
    def __delitem__(self, key):
        print("deleting", key)
        del self.items[key]
    def __setitem__(self, key, value):
        self.items[key] = value
t = Tracker()
t["a"] = 1
t["b"] = 2
del t["a"]
print(t.items)
