# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# A StopIteration escaping a coroutine becomes RuntimeError("coroutine raised
# StopIteration"); uncaught, the traceback shows the StopIteration first,
# then "The above exception was the direct cause of the following
# exception:" and the RuntimeError's own frames.
import types


@types.coroutine
def pause():
    yield


def exhausted():
    return next(iter(()))


async def inner():
    await pause()
    return exhausted()


async def outer():
    return await inner()


c = outer()
c.send(None)
print("resuming")
c.send(None)
