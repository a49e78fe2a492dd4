# RUN: %difftest %s
# An exception from the generator body reaches the caller of next(); the
# generator is finished afterwards and never resumes.
def fragile(items):
    for item in items:
        print("  processing", item)
        yield 10 // item
    print("  end of items")

g = fragile([5, 2, 0, 1])
while True:
    try:
        print("value", next(g))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except StopIteration:
        print("stopped")
        break

def bad_lookup():
    d = {"a": 1}
    yield d["a"]
    yield d["b"]

try:
    for v in bad_lookup():
        print("lookup", v)
except KeyError as e:
    print("KeyError:", e)

def attribute_error():
    yield None.missing

try:
    list(attribute_error())
except AttributeError as e:
    print("AttributeError:", e)

def name_error():
    yield undefined_name

try:
    print(sum(name_error()))
except NameError as e:
    print("NameError:", e)
