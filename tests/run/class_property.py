# RUN: %difftest %s
# property: getters, setters with validation, deleters, computed properties.
class Temperature:
    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

t = Temperature(25)
print(t.celsius, t.fahrenheit)
t.fahrenheit = 212
print(t.celsius, t.fahrenheit)
t.celsius = -40
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
print(t.celsius)

class Rectangle:
    def __init__(self, w, h):
        self.w, self.h = w, h
        self.reads = 0

    @property
    def area(self):
        self.reads += 1
        return self.w * self.h

    def get_label(self):
        return getattr(self, "_label", "unnamed")

    def set_label(self, value):
        self._label = value.strip().title()

    def del_label(self):
        print("deleting label")
        del self._label

    label = property(get_label, set_label, del_label, "The rectangle's label.")

r = Rectangle(3, 4)
print(r.area, r.area, r.reads)
r.w = 10
print(r.area)
try:
    r.area = 5
except AttributeError as e:
    print("AttributeError:", e)
print(r.label)
r.label = "  big box "
print(r.label)
del r.label
print(r.label)
print(Rectangle.label.__doc__)
print(type(Rectangle.area).__name__)
