# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# Awaiting something that is not awaitable, two levels down, uncaught: the
# TypeError's traceback ends at the await expression.


async def get_config():
    return {"retries": 3}


async def load():
    config = await get_config()
    retries = await config["retries"]
    return retries


async def main():
    print("loading")
    return await load()


main().send(None)
