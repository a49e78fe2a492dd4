# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Uncaught "RuntimeError: async generator ignored GeneratorExit" from an
# aclose() awaited in a coroutine: the traceback shows <module> and the
# coroutine's `await ag.aclose()` line only (the generator's frame, which
# yielded in its finally, is not part of it).


async def stubborn():
    try:
        yield "value"
    finally:
        print("finally yields again")
        yield "again"


async def main():
    ag = stubborn()
    print(await ag.__anext__())
    await ag.aclose()


main().send(None)
