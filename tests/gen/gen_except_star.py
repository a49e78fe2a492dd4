# RUN: %difftest %s
# except* in a generator: the try body suspends (a resume point inside the
# try), a group thrown in at the yield is split between the clauses, and
# what remains leaves the generator; the handlers run without suspending.
def worker():
    for i in range(3):
        try:
            got = yield i
            print("got", got)
        except* ValueError as e:
            print("values:", repr(e))
        except* TypeError as e:
            print("types:", repr(e))
            raise KeyError("from types")


g = worker()
print(next(g))
print(g.send("x"))
print(g.throw(ExceptionGroup("one", [ValueError(1)])))
try:
    g.throw(ExceptionGroup("two", [ValueError(2), TypeError(3), OSError(4)]))
except BaseException as e:
    print("left:", repr(e), [repr(x.__context__) for x in e.exceptions])
print(next(g, "finished"))
