"""gevent.exceptions: the exception classes, defined in gevent._core (gevent_core.py)."""
from gevent._core import LoopExit, BlockingSwitchOutError, InvalidSwitchError, ConcurrentObjectUseError
