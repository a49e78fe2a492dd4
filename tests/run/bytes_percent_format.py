# RUN: %difftest %s
# bytes % args (PEP 461): %s and %b take bytes or __bytes__, %r and %a give
# ascii(), %c an int in range(256) or one byte, the numeric conversions as
# str's; mapping keys are bytes; CPython's messages, "bytes formatting" among
# them. str % keeps its own.
class B:
    def __bytes__(self):
        return b"BB"
class Bad:
    def __bytes__(self):
        return "no"
def t(f, a):
    try:
        print(repr(f % a))
    except Exception as e:
        print(type(e).__name__, e)
t(b"%s %r %d %x %c %b", (b"ab", b"cd", 5, 255, 65, b"z"))
t(b"%s", "str")
t(b"%b", 1)
t(b"%s", B())
t(b"%s", Bad())
t(b"%c", 256)
t(b"%c", -1)
t(b"%c", b"ab")
t(b"%c", "a")
t(b"%c%c", (b"q", 10))
t(b"%r %a", ("\u20ac", [1, b"x"]))
t(b"%5s|%-5s|%.1s", (b"ab", b"cd", b"ef"))
t(b"%(k)s %(n)05d", {b"k": b"v", b"n": 42})
t(b"%(k)s", {"k": b"v"})
t(b"%s %s", (b"a",))
t(b"%s", (b"a", b"b"))
t(b"%d %i %o %X %#x %+.3f %e %g %%", (1, True, 8, 255, 255, 2.5, 1e10, 0.1))
t(b"%y", 1)
t(b"%", ())
t(b"%s", b"x")
t(b"%s", [1])
t(b"abc", ())
t(b"abc", 5)
t(b"abc", {})
t(b"%*d|%-*d", (5, 1, 4, 2))
t(b"%c", 255)
t(b"%s", b"m")
t(b"%d", 2**70)
t(b"%5c|", 65)
t(b"%x", 1.5)
t(b"%d", "1")
t(b"%f", "1")
t(bytes.__mod__(b"%d-%s", (3, b"x")), ())
t("%s %s", ("a",))
t("%s", ("a", "b"))
t("%b", 1)


class Sub(bytes):
    pass


t(Sub(b"<%s>"), b"in")
print(type(Sub(b"%s") % b"x").__name__)
