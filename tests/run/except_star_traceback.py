# RUN: not %python %s > %t.py.out 2> %t.py.err
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: not %t.prog > %t.prog.out 2> %t.prog.err
# RUN: diff %t.py.out %t.prog.out
# RUN: diff %t.py.err %t.prog.err
# The whole traceback of a group that leaves except* uncaught, as CPython
# prints it: the group made at the end of the try has no entry for that
# frame, only its callers'; each part keeps the traceback of the original
# group (ending at the frame that caught it); a handler's new exception
# shows its context (the part it handled) and its own one-frame traceback.
def source():
    raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])


def handle():
    try:
        source()
    except* ValueError:
        raise RuntimeError("from the ValueError clause")
    except* KeyError:
        raise


def caller():
    handle()


print("start")
caller()
