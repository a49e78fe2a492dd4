# RUN: %difftest %s
# DIFFTEST: traceback-frames
# DIFFTEST: stderr-last-line
# throw() into a chain suspended three levels deep, not caught anywhere: the
# traceback starts at the throw() call and goes down through every await to
# the innermost suspension (a __await__ generator), where the exception was
# raised.


class Gate:
    def __await__(self):
        yield "at the gate"
        return "passed"


async def guard():
    return await Gate()


async def keep():
    result = await guard()
    return result


async def castle():
    try:
        return await keep()
    finally:
        print("castle finally")


c = castle()
print(c.send(None))
c.throw(PermissionError("no entry"))
