# RUN: %difftest %s
# close() on a never-started generator runs nothing (no finally), on a
# finished one does nothing; afterwards next() raises StopIteration.
def guarded(tag):
    print("  body of", tag)
    try:
        yield tag
    finally:
        print("  finally of", tag)

u = guarded("unstarted")
print("close unstarted ->", u.close())
print(next(u, "no values after close"))

f = guarded("finished")
print(list(f))
print("close finished ->", f.close())

e = guarded("exhausted by next")
print(next(e))
print(next(e, "end"))
e.close()

t = guarded("thrown")
next(t)
try:
    t.throw(ValueError)
except ValueError:
    print("ValueError left it finished")
t.close()
print("all closed")

def infinite():
    i = 0
    try:
        while True:
            yield i
            i += 1
    finally:
        print("  infinite closed at", i)

inf = infinite()
for v in inf:
    if v == 3:
        break
print("after loop, generator still suspended")
inf.close()
inf.close()
print("done")
