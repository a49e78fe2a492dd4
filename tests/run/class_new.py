# RUN: %difftest %s
# __new__: creating instances explicitly, cls.__new__(cls) (as seed 003 does),
# singletons, and __new__ with __init__.
class Potato:
    @classmethod
    def make(cls, num, *args, **kws):
        potatos = []
        for i in range(num):
            potatos.append(cls.__new__(cls, *args, **kws))
        return potatos

all_potatos = Potato.make(5)
print(len(all_potatos), type(all_potatos[0]).__name__)
print(all([isinstance(p, Potato) for p in all_potatos]))
print(all_potatos[0] is all_potatos[1])
all_potatos.extend(Potato.make(2))
print(len(all_potatos))
while all_potatos:
    all_potatos.pop()
print("empty:", all_potatos)

class Singleton:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating the instance")
            cls._instance = super().__new__(cls)
        return cls._instance

a = Singleton()
b = Singleton()
print(a is b)

class Tracked:
    def __new__(cls, *args):
        print("__new__", cls.__name__, args)
        instance = object.__new__(cls)
        instance.created = True
        return instance

    def __init__(self, value):
        print("__init__", value)
        self.value = value

t = Tracked(42)
print(t.created, t.value)
raw = Tracked.__new__(Tracked)
print(hasattr(raw, "value"), raw.created)

class NotMine:
    def __new__(cls):
        return 12

print(NotMine(), type(NotMine()).__name__)
