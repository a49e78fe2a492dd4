# RUN: %difftest %s
# REQUIRES: gevent
# joinall(greenlets, count=n) returns once n of them have finished: the n
# quickest (listed in finishing order), whatever their order in the list;
# the others go on running. (Greenlets that were already finished and
# joined come back in an order gevent does not define: printed sorted.)
import gevent


def sleeper(name, delay):
    gevent.sleep(delay)
    return name


gs = [gevent.spawn(sleeper, "c", 0.25),
      gevent.spawn(sleeper, "a", 0.02),
      gevent.spawn(sleeper, "d", 0.5),
      gevent.spawn(sleeper, "b", 0.06)]
first_two = gevent.joinall(gs, count=2)
print("first two:", [g.value for g in first_two])
print("dead:", [g.dead for g in gs])
three = gevent.joinall(gs, count=3)
print("count=3:", sorted(g.value for g in three), "| c dead:", gs[0].dead,
      "| d dead:", gs[2].dead)
print("all:", sorted(g.value for g in gevent.joinall(gs)))
print("values in list order:", [g.value for g in gs])
