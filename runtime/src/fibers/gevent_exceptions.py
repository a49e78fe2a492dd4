"""gevent.exceptions: the exception classes, defined in gevent.py."""
from gevent import LoopExit, BlockingSwitchOutError, InvalidSwitchError, ConcurrentObjectUseError
