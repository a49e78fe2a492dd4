# RUN: %difftest %s
# REQUIRES: gevent
# Ending a set of suspended workers from main with throw(): each worker's
# cleanup runs in turn (GreenletExit is not an error, throw() returns its
# instance, or the worker's return value if it catches it); a worker that
# switches back instead of exiting stays alive and is reported so.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def quiet(name):
    try:
        while True:
            main.switch(f"{name} idle")
    finally:
        print(name, "cleans up")


def polite(name):
    try:
        main.switch(f"{name} idle")
    except GreenletExit:
        return f"{name} says goodbye"


def stubborn(name):
    while True:
        try:
            main.switch(f"{name} idle")
        except GreenletExit:
            print(name, "refuses to die")


workers = []
for name, fn in [("w1", quiet), ("w2", polite), ("w3", stubborn), ("w4", quiet)]:
    g = greenlet(fn)
    print(g.switch(name))
    workers.append((name, g))
for name, g in workers:
    r = g.throw()
    print(name, "->", repr(r), "| dead:", g.dead)
