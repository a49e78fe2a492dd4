# RUN: %difftest %s
# yield from a plain iterator: send(None) is next(); send(value) needs a
# send method (AttributeError otherwise); throw() is raised in the outer
# generator at the yield from; close() just closes the outer generator.
def over_list():
    try:
        yield from [1, 2, 3]
    except ValueError as e:
        print("  outer caught", e)
        yield "recovered"

g = over_list()
print(next(g), g.send(None))
try:
    g.send("value")
except AttributeError as e:
    print("AttributeError:", e)
print(next(g, "finished after the AttributeError"))

g = over_list()
next(g)
print(g.throw(ValueError("thrown")))
print(list(g))

class Echo:
    def __init__(self):
        self.count = 0
    def __iter__(self):
        return self
    def __next__(self):
        return self.send(None)
    def send(self, value):
        self.count += 1
        if self.count > 3:
            raise StopIteration("echo finished")
        return f"echo {value} #{self.count}"
    def throw(self, *args):
        print("  Echo.throw called with", [type(a).__name__ for a in args])
        return "echo absorbed it"
    def close(self):
        print("  Echo.close called")

def over_echo():
    r = yield from Echo()
    print("  Echo returned", r)

e = over_echo()
print(next(e))
print(e.send("hi"))
print(e.throw(KeyError("k")))
print(next(e, "end"))
print(next(e, "end"))
e2 = over_echo()
next(e2)
e2.close()
print("closed")
