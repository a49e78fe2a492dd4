"""gevent.hub: the hub and waiting on it, defined in gevent._core (gevent_core.py)."""
from greenlet import getcurrent, GreenletExit
from gevent._core import (Hub, LoopExit, Waiter, get_hub, sleep, kill, spawn_raw, idle,
                    BlockingSwitchOutError, InvalidSwitchError, ConcurrentObjectUseError)
