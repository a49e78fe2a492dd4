# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# A traceback through a pipeline of async generators: main's async for over
# `doubled`, which async-iterates `parsed`, which awaits a coroutine that
# raises; every generator's frame appears at the line it was executing
# (the async for line, the await line), in consumer-to-producer order; the
# exception is chained to the one being handled inside the producer
# ("During handling of the above exception, another exception occurred").
import types


@types.coroutine
def tick():
    yield


async def parse(text):
    await tick()
    return int(text)


async def parsed(lines):
    for line in lines:
        try:
            yield await parse(line)
        except ValueError:
            yield await parse("-" + line)


async def doubled(source):
    async for v in source:
        yield 2 * v


async def main():
    async for v in doubled(parsed(["1", "2", "x"])):
        print("value", v)


c = main()
while True:
    c.send(None)
