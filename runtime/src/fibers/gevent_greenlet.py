"""gevent.greenlet: the Greenlet class and its helpers, defined in gevent._core (gevent_core.py)."""
from gevent._core import Greenlet, joinall, killall, SpawnedLink, SuccessSpawnedLink, FailureSpawnedLink
