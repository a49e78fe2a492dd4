# RUN: %difftest %s
# throw() into a generator that never started: raised before the first
# line of the body, so no handler in the body sees it; no finally runs.
def body():
    print("  body runs")
    try:
        yield 1
    except ValueError:
        print("  handler")
        yield 2
    finally:
        print("  finally")

g = body()
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("raised at once:", e)
print(list(g))

g = body()
print(next(g))
print(g.throw(ValueError("late")))
g.close()
print("closed")

g = body()
try:
    g.throw(GeneratorExit)
except GeneratorExit:
    print("GeneratorExit propagates from an unstarted generator")
print(next(g, "finished"))

def immediate():
    yield from ()

i = immediate()
try:
    i.throw(StopIteration)
except RuntimeError as e:
    print("RuntimeError:", e)
except StopIteration:
    print("StopIteration propagated")
