"""gevent.hub: the hub and waiting on it, defined in gevent.py."""
from greenlet import getcurrent, GreenletExit
from gevent import (Hub, LoopExit, Waiter, get_hub, sleep, kill, spawn_raw, idle,
                    BlockingSwitchOutError, InvalidSwitchError, ConcurrentObjectUseError)
