# RUN: %difftest %s
# REQUIRES: gevent
# Producer/consumer: the consumer switches to the producer for each item
# and the producer switches back with it; a sentinel ends the stream. The
# producer is left suspended; main ends it with throw(StopIteration),
# which comes back out into main.
from greenlet import greenlet, getcurrent

DONE = object()


def producer():
    for item in ["bread", "milk", "eggs"]:
        print("produce", item)
        consumer_g.switch(item)
    consumer_g.switch(DONE)
    print("producer never resumes")


def consumer():
    eaten = []
    while True:
        item = producer_g.switch()
        if item is DONE:
            break
        print("consume", item)
        eaten.append(item)
    return eaten


producer_g = greenlet(producer)
consumer_g = greenlet(consumer)
print("main got", consumer_g.switch())
print("producer dead:", producer_g.dead, "consumer dead:", consumer_g.dead)
try:
    producer_g.throw(StopIteration("stop producing"))
except StopIteration as e:
    print("main caught StopIteration:", e)
print("producer dead now:", producer_g.dead)
