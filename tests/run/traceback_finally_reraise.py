# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# An exception passing through a finally block that runs several statements
# (and calls a function): the traceback still names the original raise line,
# not a line of the finally block.


def cleanup(tag):
    print("cleanup", tag)
    return len(tag)


def step(n):
    try:
        print("step", n)
        if n == 2:
            raise KeyError("step " + str(n))
        print("step ok", n)
    finally:
        size = cleanup("s" + str(n))
        print("size", size)


for i in range(4):
    step(i)
