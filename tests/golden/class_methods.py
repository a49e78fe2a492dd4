# RUN: %golden %s
# RUN: %difftest %s
# A class with a class attribute, an __init__, a method using super(), and a
# property.


class Base:
    kind = "base"

    def __init__(self, name):
        self.name = name

    def describe(self):
        return f"{self.kind} {self.name}"


class Child(Base):
    kind = "child"

    def describe(self):
        return "<" + super().describe() + ">"

    @property
    def upper(self):
        return self.name.upper()


c = Child("x")
print(c.describe(), c.upper, Base("y").describe())
