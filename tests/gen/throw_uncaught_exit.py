# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# An exception thrown into a generator and not caught anywhere ends the
# program: traceback on stderr, exit status 1, finally blocks ran first.
def job():
    try:
        for i in range(3):
            print("job step", i)
            yield i
    finally:
        print("job cleanup")

g = job()
print(next(g))
print(next(g))
g.throw(KeyError("missing key"))
print("not reached")
