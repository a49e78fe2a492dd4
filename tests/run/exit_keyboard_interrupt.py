# RUN: %difftest %s
# An uncaught KeyboardInterrupt prints its traceback, and the process ends
# killed by SIGINT as CPython's does (status 130 in a shell).
def work():
    print("working")
    raise KeyboardInterrupt


try:
    work()
finally:
    print("finally ran")
