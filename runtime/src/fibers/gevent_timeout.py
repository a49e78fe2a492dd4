"""gevent.timeout: Timeout and with_timeout, defined in gevent._core (gevent_core.py)."""
from gevent._core import Timeout, with_timeout
