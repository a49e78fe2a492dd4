# RUN: %difftest %s
# classmethod (alternative constructors, cls in subclasses) and staticmethod.
class Date:
    separator = "-"

    def __init__(self, year, month, day):
        self.year, self.month, self.day = year, month, day

    @classmethod
    def from_string(cls, text):
        year, month, day = [int(part) for part in text.split(cls.separator)]
        return cls(year, month, day)

    @classmethod
    def kind(cls):
        return cls.__name__

    @staticmethod
    def is_leap(year):
        return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)

    def __str__(self):
        return f"{self.year:04d}{self.separator}{self.month:02d}{self.separator}{self.day:02d}"

class SlashDate(Date):
    separator = "/"

d = Date.from_string("2024-02-29")
s = SlashDate.from_string("1999/12/31")
print(d, s, type(s).__name__)
print(Date.kind(), SlashDate.kind(), s.kind())
print([y for y in [1900, 2000, 2023, 2024] if Date.is_leap(y)])
print(d.is_leap(2100), SlashDate.is_leap(2400))

class Counter:
    instances = 0

    def __init__(self):
        Counter.register()

    @classmethod
    def register(cls):
        cls.instances += 1
        return cls.instances

    @staticmethod
    def describe(n):
        return f"{n} instance" + ("" if n == 1 else "s")

for _ in range(3):
    Counter()
print(Counter.describe(Counter.instances))
print(Counter.describe(1))

class Registry:
    items = []

    @classmethod
    def add(cls, *names):
        cls.items.extend(names)
        return len(cls.items)

print(Registry.add("a", "b"), Registry.add("c"), Registry.items)
f = Date.from_string
print(f("2000-01-02"))
g = Date.is_leap
print(g(1600))
