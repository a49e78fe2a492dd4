# RUN: %difftest %s
# REQUIRES: gevent
# A greenlet switches out from depth 50 of plain recursion and is resumed
# there: every frame of its stack survives the switch. Two such greenlets
# interleave, each bottoming out and unwinding separately; the values
# returned up the recursion are computed after resuming.
from greenlet import greenlet, getcurrent

main = getcurrent()


def descend(tag, depth):
    if depth == 50:
        got = main.switch(f"{tag} at depth {depth}")
        print(f"{tag} resumed at the bottom with {got}")
        return got
    return descend(tag, depth + 1) + 1


def run(tag):
    total = descend(tag, 0)
    print(f"{tag} unwound, total {total}")
    return (tag, total)


a = greenlet(run)
b = greenlet(run)
print(a.switch("A"))
print(b.switch("B"))
print(a.switch(1000))
print(b.switch(2000))


def zigzag(depth, other_name):
    # switch to the other greenlet at every 10th level on the way down
    if depth % 10 == 0:
        main.switch(f"{other_name} paused at {depth}")
    if depth == 50:
        return 0
    return zigzag(depth + 1, other_name) + depth


z = greenlet(zigzag)
r = z.switch(1, "z")
while not z.dead:
    print(r)
    r = z.switch()
print("zigzag sum", r)
