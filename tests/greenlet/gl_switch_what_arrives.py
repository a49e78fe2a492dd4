# RUN: %difftest %s
# REQUIRES: gevent
# What each kind of switch hands over, and what switch() returns for it:
# nothing (()), one value (itself, even None or a tuple), several (a tuple),
# keywords; a start with each of them; throw() into a greenlet that has not
# started, that is suspended, and that is dead (GreenletExit comes back as
# the value); switching to the running greenlet.
from greenlet import greenlet, getcurrent, GreenletExit

main = getcurrent()


def echo(*args, **kwargs):
    print("started with", args, kwargs)
    got = main.switch()
    while True:
        print("child got", repr(got))
        got = main.switch(got)


for start, start_kwargs in [((), {}), ((None,), {}), (((1, 2),), {}), ((1, 2), {}), ((), {"k": 3}), ((4,), {"k": 5})]:
    g = greenlet(echo)
    print("first switch returned", repr(g.switch(*start, **start_kwargs)))
    for sent in [(), (None,), (0,), ((),), ((1,),), (1, 2)]:
        print("main got back", repr(g.switch(*sent)))
    print("keywords", repr(g.switch(a=1)), repr(g.switch(1, b=2)))

print("to self", repr(main.switch()), repr(main.switch(5)), repr(main.switch(1, 2)))


def never():
    print("never runs")


g = greenlet(never)
try:
    g.throw(ValueError("before start"))
except ValueError as e:
    print("raised in main:", e, g.dead)


def catcher():
    try:
        main.switch("ready")
    except KeyError as e:
        print("caught in child", repr(e))
        return "done"


g = greenlet(catcher)
print(g.switch())
print(g.throw(KeyError("k")), g.dead)
print(repr(g.throw()))
print(type(g.throw(GreenletExit)).__name__)


def ends_with_exit():
    main.switch(1)
    raise GreenletExit("bye")


g = greenlet(ends_with_exit)
print(g.switch())
v = g.switch()
print(type(v).__name__, v.args, g.dead)
