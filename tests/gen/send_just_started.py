# RUN: %difftest %s
# Sending a non-None value to a just-started generator is a TypeError and
# leaves the generator unstarted; send(None) starts it like next().
def echo():
    print("echo started")
    received = "nothing yet"
    while True:
        received = yield "echo: " + str(received)
        print("  echo received", received)

e = echo()
try:
    e.send("hello")
except TypeError as err:
    print("TypeError:", err)
for bad in [0, "", [], False]:
    try:
        e.send(bad)
    except TypeError as err:
        print("TypeError for", repr(bad) + ":", err)
print(e.send(None))
print(e.send("hello"))
print(e.send(0))
print(next(e))

def finite():
    x = yield 1
    print("finite got", x)

f = finite()
print(f.send(None))
try:
    f.send("last")
except StopIteration as stop:
    print("StopIteration", stop.value)
try:
    f.send("after end")
except StopIteration:
    print("StopIteration again (no TypeError once finished)")
