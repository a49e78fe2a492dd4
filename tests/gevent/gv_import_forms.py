# RUN: %difftest %s
# REQUIRES: gevent
# The forms of import of a package's submodule: `import a.b` loads a.b and
# binds a (whose attribute b is then the submodule), `import a.b as c` binds
# the submodule itself, `from a import b` finds the loaded submodule, and
# `from a.b import name` its names.
import gevent.hub
import gevent.timeout as timeout_module
from gevent import hub
from gevent.hub import get_hub

print(type(gevent).__name__, gevent.__name__)
print(gevent.hub.__name__, hub is gevent.hub)
print(timeout_module.__name__, timeout_module.Timeout is gevent.Timeout)
print(get_hub is gevent.get_hub, get_hub() is gevent.get_hub())
