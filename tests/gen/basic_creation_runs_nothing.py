# RUN: %difftest %s
# Calling a generator function runs none of its body: the first print
# appears only at the first next().
log = []

def noisy(tag):
    print("body starts", tag)
    log.append(tag)
    yield tag + "-1"
    print("after first yield", tag)
    yield tag + "-2"
    print("body ends", tag)

print("creating a")
a = noisy("a")
print("creating b")
b = noisy("b")
print("log after creation:", log)
print("next(b) ->", next(b))
print("log:", log)
print("next(a) ->", next(a))
print("next(a) ->", next(a))
print("next(b) ->", next(b))
print("log:", log)
print(type(a).__name__)
for item in a:
    print("never", item)
print("a exhausted")

def argument_side_effect(x):
    print("argument evaluated:", x)
    return x

def takes(value):
    print("generator body sees", value)
    yield value * 2

g = takes(argument_side_effect(21))
print("created; arguments were evaluated at the call")
print(next(g))
