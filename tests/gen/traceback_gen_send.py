# RUN: %difftest %s
# DIFFTEST: stderr-last-line traceback-frames
# A coroutine-style generator fed by send(): the value sent on the third
# send makes the line after the yield raise; the frames are the send() line
# and that line.


def averager():
    total = 0
    count = 0
    while True:
        value = yield (total / count if count else None)
        total += value
        count += 1


avg = averager()
next(avg)
print(avg.send(10))
print(avg.send(20))
print(avg.send("thirty"))
