# RUN: %difftest %s
# Classes deriving from str (and bytes): instances are strings everywhere a
# str is taken (dict keys, join, in, formatting, comparison), str's methods
# return plain str, overridden dunders are honoured.

def show(label, f):
    try:
        r = f()
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, "raised", type(e).__name__, e)


class MyStr(str):
    pass


s = MyStr("Hello")
print(s, repr(s), str(s), len(s), type(s).__name__, isinstance(s, str), MyStr.__mro__)
show("str()", lambda: str(s))
show("repr()", lambda: repr(s))
show("upper", lambda: s.upper())
show("lower", lambda: s.lower())
show("strip", lambda: s.strip())
show("strip2", lambda: MyStr("  x ").strip())
show("replace none", lambda: s.replace("z", "y"))
show("replace", lambda: s.replace("l", "L"))
show("slice all", lambda: s[:])
show("slice", lambda: s[1:3])
show("index", lambda: s[0])
show("add", lambda: s + "!")
show("add empty", lambda: s + "")
show("radd empty", lambda: "" + s)
show("radd", lambda: ">" + s)
show("mul", lambda: s * 2)
show("mul1", lambda: s * 1)
show("rmul", lambda: 2 * s)
show("mod", lambda: MyStr("%d-%s") % (1, "a"))
show("format", lambda: MyStr("{}!").format(3))
show("join", lambda: MyStr(",").join(["a", "b"]))
show("join one", lambda: ",".join([s]))
show("join subs", lambda: "-".join([MyStr("a"), MyStr("b")]))
show("split", lambda: s.split("l"))
show("partition", lambda: s.partition("l"))
show("center", lambda: s.center(3))
show("ljust", lambda: s.ljust(2))
show("zfill", lambda: MyStr("12").zfill(1))
show("expandtabs", lambda: s.expandtabs())
show("title", lambda: s.title())
show("capitalize", lambda: s.capitalize())
show("casefold", lambda: s.casefold())
show("swapcase", lambda: s.swapcase())
show("removeprefix", lambda: s.removeprefix("x"))
show("removesuffix", lambda: s.removesuffix("lo"))
show("encode", lambda: s.encode())
show("fstring", lambda: f"{s}")
show("fstring spec", lambda: f"{s:>8}")
show("format()", lambda: format(s, ""))
show("percent s", lambda: "%s|%r" % (s, s))
show("int", lambda: int(MyStr("42")))
show("float", lambda: float(MyStr("2.5")))
show("iter", lambda: list(s))
show("sorted", lambda: sorted(MyStr("cab")))
show("reversed", lambda: "".join(reversed(s)))
print(s == "Hello", "Hello" == s, s != "x", s < "Z", s > "A", s == MyStr("Hello"))
print("ell" in s, MyStr("ell") in "Hello", s.startswith("He"), "Hello".startswith(MyStr("He")), s.find("l"), s.count("l"))
print(hash(s) == hash("Hello"), {s: 1}["Hello"], {"Hello": 1}[s], s in {"Hello"}, MyStr("a") in ["a"])
d = {}
d[MyStr("k")] = 1
d["k"] += 1
print(d, type(list(d)[0]).__name__)
print(sorted([MyStr("b"), "a", MyStr("c")]), max(MyStr("a"), "b"), min([MyStr("z"), MyStr("y")]))
print(bool(MyStr("")), bool(s), s.isalpha(), s.isupper(), s.istitle())
print(getattr(s, MyStr("upper"))(), ord(MyStr("a")), "abc".index(MyStr("c")), "a,b".split(MyStr(",")))
print(s.__class__.__name__, type(s)("x").__class__.__name__, len(MyStr()), repr(MyStr()))
s.lang = "en"
print(s.lang, vars(s))


# A path-like string with extra methods.
class Path(str):
    def join(self, *parts):
        return Path("/".join([self, *parts]))

    @property
    def name(self):
        return self.rsplit("/", 1)[-1]

    def parent(self):
        return Path(self.rsplit("/", 1)[0])


p = Path("/usr").join("lib", "python3")
print(p, type(p).__name__, p.name, p.parent(), type(p.parent()).__name__, p.upper(), type(p.upper()).__name__)
print(p.startswith("/usr"), p + "/x", type(p + "/x").__name__, p.split("/"))


# Overridden dunders.
class Shout(str):
    def __str__(self):
        return self.upper() + "!"

    def __repr__(self):
        return "Shout(" + super().__repr__() + ")"

    def __len__(self):
        return 100

    def __eq__(self, other):
        return str.__eq__(self.lower(), str(other).lower())

    def __hash__(self):
        return hash(self.lower())

    def __add__(self, other):
        return Shout(str.__add__(self, "+" + other))

    def __getitem__(self, i):
        return "item" + str(i)

    def __contains__(self, x):
        return x == "anything"

    def __iter__(self):
        return iter("xy")


sh = Shout("hey")
print(sh, str(sh), repr(sh), f"{sh}", "%s" % sh, format(sh, ""), "{}".format(sh), [sh])
print(len(sh), sh == "HEY", "HEY" == sh, sh != "hey", hash(sh) == hash("hey"), {sh: 1})
print(sh + "you", type(sh + "you").__name__, "you" + sh, sh[0], sh[1:], "anything" in sh, "h" in sh, list(sh))
print(sh.upper(), str.upper(sh), sh.split("e"), "-".join(sh), len(str(sh)))


# __new__ override normalising the value; extra constructor arguments.
class Tag(str):
    def __new__(cls, value, prefix="#"):
        obj = super().__new__(cls, prefix + value.lower())
        obj.prefix = prefix
        return obj


t = Tag("Python")
t2 = Tag("X", prefix="@")
print(t, t2, t.prefix, t2.prefix, type(t).__name__, t == "#python", len(t))
show("tag missing", lambda: Tag())


class Init(str):
    def __init__(self, value):
        self.orig = value


show("init", lambda: (Init("v"), Init("v").orig))
show("str args", lambda: MyStr(b"ab", "ascii"))
show("str bad", lambda: MyStr(1, 2))
show("str new", lambda: str.__new__(MyStr, "q"))
show("str new int", lambda: str.__new__(int, "q"))
show("object new", lambda: object.__new__(MyStr))
show("str of int", lambda: MyStr(12))
show("str of list", lambda: MyStr([1, 2]))


class Slim(str):
    __slots__ = ()


show("slim", lambda: setattr(Slim("a"), "x", 1))
try:
    class Bad(str):
        __slots__ = ("a",)
except TypeError as e:
    print("TypeError", e)


# bytes subclasses.
class MyBytes(bytes):
    pass


b = MyBytes(b"abc")
print(b, repr(b), len(b), type(b).__name__, b[0], b[1:], type(b[1:]).__name__, b + b"d", type(b + b"d").__name__)
print(b == b"abc", b"abc" == b, b.upper(), type(b.upper()).__name__, b.decode(), list(b), b"b" in b, hash(b) == hash(b"abc"))
print(MyBytes([65, 66]), MyBytes(3), MyBytes("x", "ascii"), bytes(b), type(bytes(b)).__name__)
