"""gevent: the package's names, from gevent._core (runtime/src/fibers/
gevent_core.py) where they are written. Importing gevent also loads
gevent.hub, gevent.timeout, gevent.greenlet and gevent.exceptions, as
gevent's own __init__ does (gevent.hub.LoopExit works after a bare
`import gevent`)."""

from greenlet import getcurrent, GreenletExit
from gevent._core import (
    BlockingSwitchOutError,
    ConcurrentObjectUseError,
    FailureSpawnedLink,
    get_hub,
    get_hub_if_exists,
    Greenlet,
    Hub,
    idle,
    InvalidSwitchError,
    iwait,
    joinall,
    kill,
    killall,
    Loop,
    LoopExit,
    MultipleWaiter,
    sleep,
    spawn,
    spawn_later,
    spawn_raw,
    SpawnedLink,
    SuccessSpawnedLink,
    Timeout,
    wait,
    Waiter,
    with_timeout,
)
from gevent._core import _NONE, __version__
import gevent.exceptions as _exceptions_module
import gevent.greenlet as _greenlet_module
import gevent.hub as _hub_module
import gevent.timeout as _timeout_module

del _exceptions_module, _greenlet_module, _hub_module, _timeout_module
