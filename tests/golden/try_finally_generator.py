# RUN: %golden %s
# RUN: %difftest %s
# A generator suspended inside try/finally: close() runs the clean-up, and a
# return inside the try goes through it.


def count(n):
    try:
        while True:
            got = yield n
            if got == "stop":
                return "stopped"
            n += 1
    finally:
        print("closed")


g = count(1)
print(next(g), next(g))
g.close()
g = count(10)
next(g)
try:
    g.send("stop")
except StopIteration as e:
    print("returned", e.value)
