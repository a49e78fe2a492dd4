# RUN: %difftest %s
# isinstance / issubclass (with tuples, bool and int), type() and type names.
values = [1, 2.5, "s", b"b", True, None, [1], (1,), {1: 2}, {1}, frozenset(), range(2), 3 ** 100]
for v in values:
    print(type(v).__name__, end=" ")
print()
print(isinstance(1, int), isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(1, float))
print(isinstance("x", (int, str)), isinstance(None, type(None)), isinstance([], (tuple, dict)), isinstance(3, object))
print(issubclass(bool, int), issubclass(int, bool), issubclass(int, object), issubclass(str, (int, str)))
print(type(1) is int, type(True) is int, type(True) is bool, type(1) == type(2), type(1.0) is float)
print(type(int).__name__, type(type).__name__, type("a") is str, type([]) is list, type(None).__name__)
class Animal:
    pass
class Dog(Animal):
    pass
class Robot:
    pass
d = Dog()
print(isinstance(d, Dog), isinstance(d, Animal), isinstance(d, Robot), isinstance(d, (Robot, Animal)))
print(issubclass(Dog, Animal), issubclass(Animal, Dog), issubclass(Dog, Dog), issubclass(Dog, object))
print(type(d).__name__, type(d) is Dog, type(d) is Animal, Dog.__name__, Dog.__bases__[0].__name__)
print(isinstance(Dog, type), isinstance(d, type), type(Dog).__name__, isinstance(ValueError("x"), Exception))
def kind(x):
    if isinstance(x, bool):
        return "bool"
    if isinstance(x, int):
        return "int"
    if isinstance(x, float):
        return "float"
    if isinstance(x, str):
        return "str"
    if isinstance(x, (list, tuple)):
        return "sequence of " + str(len(x))
    if isinstance(x, dict):
        return "mapping"
    return "other:" + type(x).__name__
print([kind(v) for v in [True, 7, 7.0, "7", [7], (7, 7), {7: 7}, None, d]])
print(callable(len), callable(Dog), callable(d), callable(lambda: 0), callable("str"))
print(int("5") + float("1.5"), str(5) + "5", list((1, 2)), tuple([3]), bool([]), dict(a=1), set([1, 1]))
print(type(3 / 1).__name__, type(3 // 1).__name__, type(2 ** -1).__name__, type(2 ** 2).__name__, type(True + 1).__name__)
print(hasattr(d, "__class__"), d.__class__.__name__, getattr(Dog, "__name__"), type(d) == Dog)
