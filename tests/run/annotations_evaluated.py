# RUN: %difftest %s
# DIFFTEST: traceback-frames stderr-last-line
# Annotated assignments as CPython 3.11 runs them: the value and the store
# first; without a value, an attribute's object and a subscript's object and
# key; then, in a module or class body only, the annotation, kept in that
# body's __annotations__ for a simple name (not for `(x): T`). Annotations of
# a function's locals are never evaluated.
def log(m):
    print("eval", m)
    return m


class Box:
    pass


box = Box()
box.q: log("attr annotation") = log("value")
box.r: log("bare attr annotation")
d = {}
d[log("key")]: log("subscript annotation")
(paren): log("parenthesised")
count: log("int") = 3
label: "a string annotation"
print(__annotations__)


class C:
    x: int = 3
    y: "str"
    (z): log("class parenthesised")
    if True:
        nested: log("nested in if")

    def f(self):
        local: undefined_in_function = 5
        bare: also_undefined
        return local


print(C.__annotations__, C().f(), C.x, box.q, d, count)
print("y" in C.__dict__, hasattr(box, "r"))
try:
    v: missing_name
except NameError as e:
    print("NameError:", e)
print("v" in __annotations__, sorted(__annotations__))
undefined_at_the_end: not_defined_anywhere
