# RUN: %difftest %s
# REQUIRES: gevent
# DIFFTEST: stderr-last-line
# main waits on an Event nobody can set: gevent raises LoopExit ('This
# operation would block forever' plus a description of the hub) in main:
# traceback, status 1. stderr's last line is the hub's empty handle list,
# "[]" (the Hub line before it has addresses).
import gevent
import gevent.event

print("main waits on an event nobody sets")
gevent.event.Event().wait()
print("never printed")
