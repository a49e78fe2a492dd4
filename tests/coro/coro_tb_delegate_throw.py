# RUN: %difftest %s
# DIFFTEST: traceback-frames stderr-last-line
# An exception thrown into a coroutine suspended in an await of an object
# whose iterator has its own throw(): what that throw() raises passes
# through the awaiting coroutine's frame, which the traceback shows between
# the caller's and the delegate's.
class Waiter:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return "waiting"

    def send(self, value):
        return "waiting"

    def throw(self, typ, val=None, tb=None):
        raise ValueError("raised by the delegate's throw")


async def inner():
    return await Waiter()


async def outer():
    return await inner()


c = outer()
print(c.send(None))
c.throw(KeyError("thrown in"))
