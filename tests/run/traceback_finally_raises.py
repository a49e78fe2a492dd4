# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A finally block that raises while another exception is propagating: two
# tracebacks, the first naming the try body's raise, the second the raise in
# the finally block.


def inner(n):
    if n > 1:
        raise ValueError("inner " + str(n))
    return n


def outer(n):
    try:
        print("try", n)
        return inner(n)
    finally:
        print("finally", n)
        if n > 1:
            raise TypeError("finally " + str(n))


print(outer(1))
print(outer(2))
