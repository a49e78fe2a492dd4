# RUN: %difftest %s
# The exception being handled (sys.exc_info() and the implicit __context__
# of new exceptions) across yields and awaits of async generators: inside
# an except block the generator's own handled exception is visible again
# each time it resumes, while the consumer between two resumptions sees its
# own (or none): the generator's handled exception does not leak out at a
# yield. An exception thrown in with athrow() gets as __context__ the
# exception the generator is handling at that yield (not the consumer's).
import sys
import types


@types.coroutine
def tick():
    yield


def current():
    e = sys.exc_info()[1]
    return repr(e)


async def handler_yields():
    try:
        raise KeyError("gen's own")
    except KeyError:
        print("  gen before yield:", current())
        yield 1
        print("  gen after yield:", current())
        await tick()
        print("  gen after await:", current())
        yield 2
        print("  gen after second yield:", current())
    print("  gen after except:", current())
    yield 3
    try:
        yield 4
    except ValueError as e:
        print("  caught thrown", repr(e), "context", repr(e.__context__))
        try:
            raise TypeError("inside")
        except TypeError as t:
            print("  new exception's context:", repr(t.__context__))
        yield 5


def run(aw):
    try:
        while True:
            aw.send(None)
    except StopIteration as stop:
        return repr(stop.value)
    except StopAsyncIteration:
        return "<end>"


ag = handler_yields()
print("consumer:", current())
print(run(ag.__anext__()))
print("consumer between:", current())
try:
    raise IndexError("consumer's")
except IndexError:
    print("consumer handling:", current())
    print(run(ag.__anext__()))
    print("consumer still:", current())
print("consumer after:", current())
print(run(ag.__anext__()))
print(run(ag.__anext__()))
try:
    raise OSError("consumer context")
except OSError:
    print(run(ag.athrow(ValueError("thrown"))))
print("consumer after athrow:", current())
print(run(ag.__anext__()))


async def suspended_in_handler():
    try:
        raise LookupError("handled in gen")
    except LookupError:
        yield "in handler"


ag = suspended_in_handler()
print(run(ag.__anext__()))
try:
    raise OSError("consumer context")
except OSError:
    try:
        run(ag.athrow(ValueError("thrown into handler")))
    except ValueError as e:
        print("escaped:", repr(e), "context:", repr(e.__context__))
print("consumer after:", current())
