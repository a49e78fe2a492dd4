# RUN: %difftest %s
# Built-in exceptions raised by the language and builtins, with CPython's exact messages.
import math

five = 5
nothing = None
def show(label, action):
    try:
        result = action()
        print(label, "-> no error:", result)
    except Exception as e:
        print(f"{label} -> {type(e).__name__}: {e}")

items = [1, 2, 3]
table = {"a": 1}
def assign_out_of_range():
    items[7] = 0

show("list index", lambda: items[10])
show("negative list index", lambda: items[-4])
show("tuple index", lambda: (1, 2)[5])
show("str index", lambda: "abc"[3])
show("list assignment", assign_out_of_range)
show("dict key", lambda: table["missing"])
show("dict int key", lambda: {1: 2}[3])
show("dict tuple key", lambda: {}[(1, "x")])
show("int parse", lambda: int("x"))
show("int parse empty", lambda: int(""))
show("int parse float text", lambda: int("3.5"))
show("int parse base 2", lambda: int("102", 2))
show("float parse", lambda: float("abc"))
show("true division", lambda: 1 / 0)
show("floor division", lambda: 1 // 0)
show("modulo", lambda: 5 % 0)
show("float division", lambda: 1.5 / 0)
show("divmod", lambda: divmod(1, 0))
show("none attribute", lambda: nothing.foo)
show("int attribute", lambda: five.missing)
show("str attribute", lambda: "s".nope)
show("add int str", lambda: 1 + "a")
show("add str int", lambda: "a" + 1)
show("sub list", lambda: [1] - [1])
show("mul str str", lambda: "a" * "b")
show("unary minus str", lambda: -"a")
show("call int", lambda: five())
show("call none", lambda: nothing())
show("subscript none", lambda: nothing[0])
show("subscript int", lambda: five[0])
show("len of int", lambda: len(5))
show("iterate int", lambda: list(7))
show("unhashable", lambda: {[1]: 2})
show("list.remove", lambda: items.remove(99))
show("list.index", lambda: items.index(99))
show("str.index", lambda: "abc".index("z"))
show("pop empty list", lambda: [].pop())
show("pop empty dict", lambda: {}.popitem())
show("unpack too many", lambda: [a for a, b in [(1, 2, 3)]])
show("unpack too few", lambda: [a for a, b, c in [(1, 2)]])
show("undefined name", lambda: undefined_name)
show("chr range", lambda: chr(-1))
show("compare", lambda: 1 < "2")
show("int of none", lambda: int(None))
show("str concat list", lambda: "a" + [1])
show("join non-str", lambda: ",".join([1, 2]))
show("sqrt negative", lambda: math.sqrt(-1))
show("max empty", lambda: max([]))
show("next exhausted", lambda: next(iter([])))
show("round str", lambda: round("1.5"))
show("recursion-free ok", lambda: items[-1])
