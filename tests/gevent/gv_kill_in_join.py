# RUN: %difftest %s
# REQUIRES: gevent
# kill() of a greenlet blocked in join() of another greenlet: only the
# joiner stops; the joined greenlet keeps running and finishes; a second
# joiner still gets woken when it does. Links of the killed joiner fire.
import gevent


def target():
    print("target starts")
    gevent.sleep(0.2)
    print("target ends")
    return "target value"


def joiner(name, t):
    try:
        print(name, "joins target")
        t.join()
        print(name, "saw target finish:", t.value)
    finally:
        print(name, "finally")


t = gevent.spawn(target)
j1 = gevent.spawn(joiner, "j1", t)
j2 = gevent.spawn(joiner, "j2", t)
j1.link(lambda g: print("link: j1 finished, dead", g.dead))
gevent.sleep(0)
print("killing j1")
j1.kill()
print("j1 dead:", j1.dead, "| target dead:", t.dead)
gevent.joinall([t, j2])
print("target:", t.value, "| j2 successful:", j2.successful())
