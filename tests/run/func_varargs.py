# RUN: %difftest %s
# *args, **kwargs, and unpacking at the call site with * and **.
def show(*args, **kwargs):
    print("args:", args, "kwargs:", kwargs)

show()
show(1, 2, 3)
show(a=1, b=2)
show(1, "two", [3], x=None)

numbers = [4, 5, 6]
options = {"sep": "-", "end": "|\n"}
print(*numbers)
print(*numbers, **options)
print(*"abc", sep=",")
show(*numbers, *range(2), **options, extra=True)

def total(first, *rest):
    result = first
    for value in rest:
        result += value
    return result

print(total(1), total(1, 2, 3), total("a", "b", "c"), total([1], [2]))

def merge(**parts):
    keys = list(parts)
    keys.sort()
    return ", ".join([k + "=" + str(parts[k]) for k in keys])

print(merge(z=26, a=1, m=13))
d1 = {"a": 1, "b": 2}
d2 = {"c": 3}
print(merge(**d1, **d2))
print(merge(**{**d1, "b": 20}))

def point(x, y, z=0):
    return (x, y, z)

print(point(*[1, 2]))
print(point(*(1,), **{"y": 5}))
print(point(**{"z": 9, "y": 8, "x": 7}))

def forward(*args, **kwargs):
    return point(*args, **kwargs)

print(forward(1, 2, z=3))
first, *middle, last = total(1, 2), 3, 4, 5, total(6, 7)
print(first, middle, last)
print([*numbers, *"xy", *(7, 8)])
print({**d1, **d2, "a": 100})
