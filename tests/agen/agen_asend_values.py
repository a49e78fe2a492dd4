# RUN: %difftest %s
# asend(v): the value sent becomes the result of the yield expression the
# generator is suspended at; asend(None) is the same as __anext__(); a
# non-None value into a just-started generator is "TypeError: can't send
# non-None value to a just-started async generator", raised whether the value
# is given to asend() or to the awaitable's own send(), and the generator is
# left unstarted. The value given to asend() is used only when the first
# send() into the awaitable is None.


async def echo():
    print("  echo starts")
    total = 0
    while True:
        got = yield total
        print("  got", repr(got))
        if got is None:
            return
        total += got


def run(aw, value=None):
    try:
        aw.send(value)
    except StopIteration as stop:
        return stop.value
    except StopAsyncIteration:
        return "<end>"
    except TypeError as e:
        return "TypeError: " + str(e)
    return "<suspended>"


ag = echo()
print("first asend(5):", run(ag.asend(5)))
print("frame line still at def:", ag.ag_frame.f_lineno)
print("first asend(None).send(7):", run(ag.asend(None), 7))
print("first asend(None):", run(ag.asend(None)))
print("asend(3):", run(ag.asend(3)))
print("asend(4):", run(ag.asend(4)))
print("asend(1) with send(10) -> the 10 wins:", run(ag.asend(1), 10))
print("asend(2) with send(None) -> the 2 is used:", run(ag.asend(2), None))
print("__anext__ sends None:", run(ag.__anext__()))
print("after the end:", run(ag.asend(1)))
print("after the end, anext:", run(ag.__anext__()))

print("asend objects created before use, used in another order:")
ag = echo()
a1 = ag.asend(None)
a2 = ag.asend(100)
a3 = ag.asend(20)
print(run(a1), run(a3), run(a2))
print("aclose:", run(ag.aclose()), "frame:", ag.ag_frame)
