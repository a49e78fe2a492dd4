# RUN: %difftest %s
# A coroutine that finished by raising keeps its frame (and the variables in
# it) alive for as long as the exception's traceback is alive: what the
# frame's variables refer to is finalised only when the exception is
# dropped, at the end of the except clause that caught it.
import types


@types.coroutine
def pause():
    yield


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print(f"  {self.name} finalised")


async def fails():
    local = Noisy("local of fails")
    await pause()
    raise ValueError("boom")


c = fails()
c.send(None)
try:
    c.send(None)
except ValueError as e:
    print("caught", e, "- coroutine finished:", c.cr_frame is None)
print("after the except clause")


async def fails_now():
    local = Noisy("local of fails_now")
    raise KeyError("now")


c = fails_now()
try:
    c.send(None)
except KeyError as e:
    saved = e
    print("caught and saved")
print("after the except clause, still saved")
del saved
print("after del saved")


# A coroutine that returns normally releases its variables as it finishes.
async def returns():
    local = Noisy("local of returns")
    await pause()
    return 1


c = returns()
c.send(None)
try:
    c.send(None)
except StopIteration as stop:
    print("returned", stop.value)
print("end")
