# RUN: %difftest %s
# XFAIL: *
# Reason: a caught exception's traceback does not keep the frames it passed through alive: the generator's locals are released when it finishes (C++ unwinding), not when the exception goes.
# An exception raised in a generator consumed by a for loop keeps, through
# its traceback, the generator's frame and so its locals alive after the
# loop: they are released (a __del__ prints) only when the exception goes.
# Checked for a local generator loop and for a loop over a generator object.
class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("  del", self.name)

def failing(tag):
    local_value = Noisy(tag)
    yield 1
    raise ValueError("kept " + tag)

try:
    for x in failing("local loop"):
        print("got", x)
except ValueError as e:
    saved = e
print("after except:", repr(saved), saved.__traceback__ is not None)
del saved
print("after del")
print("--")
g = failing("generator object")
try:
    for x in g:
        print("got", x)
except ValueError as e:
    saved = e
del g
print("after except:", repr(saved))
del saved
print("after del")
print("--")
# without the exception kept, the locals go when the handler ends
try:
    for x in failing("not kept"):
        pass
except ValueError as e:
    print("handling", repr(e))
print("after handler")
