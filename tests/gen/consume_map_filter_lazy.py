# RUN: %difftest %s
# map, filter and chains of generators are lazy: the prints interleave.
def source():
    for i in range(6):
        print("source", i)
        yield i

def double(it):
    for x in it:
        print("double", x)
        yield x * 2

def only_big(it):
    for x in it:
        if x > 4:
            print("pass", x)
            yield x

pipeline = only_big(double(source()))
print("pipeline built")
for v in pipeline:
    print("result", v)

m = map(lambda x: x + 100, source())
print("map built")
print(next(m), next(m))
f = filter(lambda x: x % 2, source())
print(list(f))
print(list(map(lambda a, b: a * b, source(), double(source()))))
