# RUN: %difftest %s
# DIFFTEST: stderr-last-line
# Seed 002_75752d8b71f48ace.txt, code block 16 (lines 547-572),
# under "## 三. 第三篇文章内容(摘自廖雪峰老师)".
# The block is kept exactly as in the seed. `c.next()` is Python 2: CPython 3
# raises AttributeError: 'generator' object has no attribute 'next' (status 1).
import time

def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('[CONSUMER] Consuming %s...' % n)
        time.sleep(1)
        r = '200 OK'

def produce(c):
    c.next()
    n = 0
    while n < 5:
        n = n + 1
        print('[PRODUCER] Producing %s...' % n)
        r = c.send(n)
        print('[PRODUCER] Consumer return: %s' % r)
    c.close()

if __name__=='__main__':
    c = consumer()
    produce(c)

