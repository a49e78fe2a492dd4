# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A generator resumed by next() whose while test raises (pop from an empty
# list) after the yield in the body: the frame names the while line, not the
# yield line.


def drain(stack):
    while stack.pop() > 0:
        print("popped, left", len(stack))
        yield len(stack)


g = drain([5, 6])
print(next(g))
print(next(g))
print(next(g))
