# RUN: %difftest %s
# Push-style pipelines of send()-driven coroutines with a priming decorator.
def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start

@coroutine
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)

@coroutine
def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)

@coroutine
def broadcast(targets):
    while True:
        item = yield
        for t in targets:
            t.send(item)

@coroutine
def counter(target):
    n = 0
    while True:
        item = yield
        n += 1
        target.send(f"{n}:{item}")

lines = ["python generators", "c++ state machines", "python coroutines",
         "nothing here", "more python"]
sink = broadcast([grep("python", printer("[py]")),
                  grep("c++", printer("[cpp]")),
                  counter(printer("[all]"))])
for line in lines:
    sink.send(line)
sink.close()
print("closed")
