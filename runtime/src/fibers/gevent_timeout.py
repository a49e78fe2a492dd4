"""gevent.timeout: Timeout and with_timeout, defined in gevent.py."""
from gevent import Timeout, with_timeout
