# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# gevent's names too (CPython's dir() of gevent 22.10, imported alone):
# gevent.fork exists there and not in the runtime.
from gevent import spawn, sleep, fork
# CHECK: fail_from_gevent_import_missing.py:4:34: error: unsupported: 'fork' of module 'gevent' is not available in pyco2cpp
