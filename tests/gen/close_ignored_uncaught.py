# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# close() of a generator that ignores GeneratorExit, not caught: the
# RuntimeError ends the program with status 1. At shutdown the global
# generator is finalised: the second GeneratorExit is obeyed.
def stubborn():
    n = 0
    while True:
        try:
            yield n
        except GeneratorExit:
            if n > 1:
                print("obeying GeneratorExit at", n)
                return
            print("ignoring GeneratorExit at", n)
        n += 1

g = stubborn()
print(next(g), next(g))
g.close()
print("not reached")
