"""gevent.greenlet: the Greenlet class and its helpers, defined in gevent.py."""
from gevent import Greenlet, joinall, killall, SpawnedLink, SuccessSpawnedLink, FailureSpawnedLink
