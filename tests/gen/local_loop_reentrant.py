# RUN: %difftest %s
# Local generator loops re-entered from inside: a generator whose body calls
# the consuming function (which runs its own loop over the same generator
# function), recursive generators (yield from themselves) consumed by a
# local loop, generators updating module globals read by the loop body, and
# positional-only parameters.
log = []

def outline(depth):
    try:
        log.append("open %d" % depth)
        yield "enter %d" % depth
        if depth < 2:
            # the generator itself calls a consumer of its own function
            yield "nested result %s" % (consume(depth + 1),)
        yield "leave %d" % depth
    finally:
        log.append("close %d" % depth)

def consume(depth):
    out = []
    for x in outline(depth):
        out.append(x)
        if depth == 2 and x.startswith("enter"):
            break
    return out

print(consume(0))
print(log)
print("--")

def walk(node, depth):
    name, children = node
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)

tree = ("root", [("a", [("a1", []), ("a2", [])]), ("b", [("b1", [("b11", [])])])])

def show_tree():
    for depth, name in walk(tree, 0):
        print("  " * depth + name)
        if name == "b1":
            print("stop at b1")
            break

show_tree()
print("--")

progress = 0

def advancing(n):
    global progress
    for i in range(n):
        progress = i
        yield i * i
    progress = "done"

def watch():
    for sq in advancing(4):
        print("square", sq, "progress", progress)
    print("final progress", progress)

watch()
print("--")

def posonly(a, b, /, c):
    yield a
    yield b
    yield c

def use_posonly():
    for x in posonly("p", "q", "r"):
        print("posonly", x)

use_posonly()
