# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# Augmented assignment on an attribute whose __add__ raises on a later call:
# the traceback names the += line and the __add__ raise line.


class Meter:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if self.v + other > 10:
            raise OverflowError("meter overflow at " + str(self.v))
        return Meter(self.v + other)


class Box:
    def __init__(self):
        self.meter = Meter(0)


box = Box()
for step in [3, 4, 5]:
    print("adding", step)
    box.meter += step
    print("now", box.meter.v)
