# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# close() of a coroutine that keeps going after GeneratorExit, uncaught:
# "RuntimeError: coroutine ignored GeneratorExit" from the close() call.
import types


@types.coroutine
def pause():
    yield


async def immortal():
    while True:
        try:
            await pause()
        except GeneratorExit:
            print("not dying")


c = immortal()
c.send(None)
c.close()
print("not reached")
