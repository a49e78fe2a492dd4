# RUN: %difftest %s
# iter(f, sentinel) compares sentinel == result (the sentinel's __eq__ is
# asked first, a subclass's reflected one before it), and not at all when
# f returns the sentinel itself.


class Loud:
    def __init__(self, name, equal=False):
        self.name = name
        self.equal = equal

    def __eq__(self, other):
        print("  eq", self.name, "vs", getattr(other, "name", other))
        return self.equal

    __hash__ = object.__hash__


class Louder(Loud):
    pass


def run(label, results, sentinel):
    print(label)
    items = iter(results)
    print("  got", [getattr(v, "name", v) for v in iter(lambda: next(items), sentinel)])


run("plain", [Loud("a"), Loud("b")], Loud("s"))
run("sentinel says equal", [Loud("a"), Loud("b")], Loud("s", equal=True))
run("result says equal", [Loud("a", equal=True), Loud("b")], Loud("s"))
run("subclass result", [Louder("sub", equal=True), Loud("b")], Loud("s"))
same = Loud("same")
run("identical", [Loud("a"), same, Loud("c")], same)
run("ints", [1, 2, 3, 2], 3)
run("int sentinel, reflected", [Loud("a"), 7], 7)
