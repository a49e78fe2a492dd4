# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 16 (lines 547-572),
# under "## 三. 第三篇文章内容(摘自廖雪峰老师)".
# Changed: `c.next()` (Python 2) became `next(c)`, and the one-second sleep
# per item became `pass`. CPython then prints exactly the output listing
# that follows the block in the document (block 17), checked when this
# file was written.
import time

def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('[CONSUMER] Consuming %s...' % n)
        pass  # time.sleep(1) removed: the test must not wait 5 s
        r = '200 OK'

def produce(c):
    next(c)
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

