"""gevent.monkey: make time and threading cooperative, as gevent 22.10's
patch_all() does for what the runtime has.

  - patch_time(): time.sleep becomes gevent.sleep;
  - patch_thread(): threading becomes gevent's patched threading (see
    threading.py): current_thread() in a greenlet is a DummyThread
    'Dummy-N', Thread.start() spawns a greenlet; threading.local becomes
    gevent.local.local.
Patching sets attributes on the module objects, so what a program reads
from them afterwards (time.sleep, `from threading import current_thread`)
is gevent's; what it took from them before is not, as with gevent.

The other modules gevent patches (os, socket, select, selectors, ssl,
subprocess, signal, queue) do not exist in the runtime: their patch_X
functions and patch_all's arguments for them are accepted, and the module is
recorded as patched, so is_module_patched() answers as gevent does.
"""

import time
import threading as _threading
from greenlet import getcurrent
from gevent import sleep, get_hub, Waiter, Greenlet
from gevent.local import local as _gevent_local

__all__ = ['patch_all', 'patch_builtins', 'patch_dns', 'patch_os', 'patch_queue', 'patch_select',
           'patch_signal', 'patch_socket', 'patch_ssl', 'patch_subprocess', 'patch_sys',
           'patch_thread', 'patch_time', 'get_original', 'is_module_patched', 'is_object_patched',
           'is_anything_patched', 'patch_item', 'remove_item']

# module name -> {attribute: its original value}
saved = {}

_NONE = object()


def is_module_patched(mod_name):
    return mod_name in saved


def is_object_patched(mod_name, item_name):
    return is_module_patched(mod_name) and item_name in saved[mod_name]


def is_anything_patched():
    return bool(saved)


def get_original(mod_name, item_name):
    """The value before patching (or the current one if not patched);
    item_name may be a list of names. Only time and threading exist here."""
    modules = {'time': time, 'threading': _threading}
    if isinstance(item_name, str):
        names = [item_name]
    else:
        names = item_name
    mod_names = [mod_name] if isinstance(mod_name, str) else mod_name
    for name in mod_names:
        d = saved.get(name, {})
        module = modules.get(name)
        if module is None:
            if name is mod_names[-1]:
                raise ImportError("No module named '%s'" % (name,))
            continue
        values = [d[item] if item in d else getattr(module, item) for item in names]
        return values[0] if isinstance(item_name, str) else values
    return None


def patch_item(module, attr, newitem):
    olditem = getattr(module, attr, _NONE)
    if olditem is not _NONE:
        saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    setattr(module, attr, newitem)


def remove_item(module, attr):
    olditem = getattr(module, attr, _NONE)
    if olditem is _NONE:
        return
    saved.setdefault(module.__name__, {}).setdefault(attr, olditem)
    delattr(module, attr)


def _absent(name):
    # A module the runtime lacks: nothing to patch, but patched all the same.
    saved.setdefault(name, {})


def patch_time():
    patch_item(time, 'sleep', sleep)


def _get_ident(gr=None):
    # gevent.thread.get_ident
    if gr is None:
        gr = getcurrent()
    return id(gr)


def patch_thread(threading=True, _threading_local=True, Event=True, logging=True,
                 existing_locks=True, _warnings=None):
    _absent('_thread')
    if threading:
        # (the runtime's own helper, which no program sees as an attribute:
        # CPython's threading lacks it)
        try:
            from threading import _patch_for_gevent as hook
        except ImportError:
            hook = None
        if hook is not None:
            # The runtime's threading: its own functions cannot see
            # attributes set on the module, so it is told to switch.
            hook(Greenlet.spawn, get_hub, Waiter, sleep)
            for name in ('get_ident', 'Thread', '_DummyThread'):
                saved.setdefault('threading', {}).setdefault(name, getattr(_threading, name))
        else:
            _patch_native_threading(_threading)
        patch_item(_threading, 'local', _gevent_local)
    if _threading_local:
        _absent('_threading_local')


def _patch_native_threading(mod):
    """CPython's own threading (when this module runs under CPython, to be
    tested against gevent): its current_thread() looks up
    _active[get_ident()] and else makes a _DummyThread, so replacing those
    two is gevent's patch as a program sees it. (Thread.start is not
    patched here: it would start a real thread.)"""
    if is_object_patched('threading', 'get_ident'):
        return
    base = mod._DummyThread

    class _DummyThread(base):
        # gevent.threading._DummyThread: a greenlet's thread object, dropped
        # from _active when its Greenlet finishes.
        _is_stopped = False
        _initialized = True
        _daemonic = True
        _args = ()
        _kwargs = None
        _target = None
        _tstate_lock = None
        _started = mod.Event()
        _started.set()

        def __init__(self):
            self._name = mod._newname("Dummy-%d")
            self._ident = _get_ident()
            g = getcurrent()
            mod._active[self._ident] = self
            rawlink = getattr(g, 'rawlink', None)
            if rawlink is not None:
                rawlink(_native_cleanup)

        def _stop(self):
            pass

        def _wait_for_tstate_lock(self, *args, **kwargs):
            pass

    main = mod.main_thread()
    patch_item(mod, 'get_ident', _get_ident)
    patch_item(mod, '_DummyThread', _DummyThread)
    # The main thread is now the greenlet that patched.
    if _get_ident() not in mod._active:
        del mod._active[main.ident]
        main._ident = _get_ident()
        mod._active[main._ident] = main


def _native_cleanup(g):
    _threading._active.pop(_get_ident(g), None)


def patch_os():
    _absent('os')


def patch_sys(stdin=True, stdout=True, stderr=True):
    # (nothing on Python 3 in gevent)
    return None


def patch_socket(dns=True, aggressive=True):
    _absent('socket')


def patch_dns():
    _absent('socket')


def patch_ssl(_warnings=None, _first_time=True):
    _absent('ssl')


def patch_select(aggressive=True):
    _absent('select')


def patch_selectors(aggressive=True):
    _absent('selectors')


def patch_subprocess():
    _absent('subprocess')


def patch_builtins():
    # (Python 2 only in gevent)
    return None


def patch_signal():
    _absent('signal')


def patch_queue():
    _absent('queue')


def patch_contextvars():
    # (nothing since Python 3.7 in gevent)
    return None


_SETTINGS = '_gevent_saved_patch_all_module_settings'


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True,
              subprocess=True, sys=False, aggressive=True, Event=True,
              builtins=True, signal=True,
              queue=True, contextvars=True,
              **kwargs):
    """Patch everything; True when something was patched, None when a
    repeated call adds nothing (a later call can only add patches)."""
    settings = {'socket': socket, 'dns': dns, 'time': time, 'select': select, 'thread': thread,
                'os': os, 'ssl': ssl, 'subprocess': subprocess, 'sys': sys, 'aggressive': aggressive,
                'Event': Event, 'builtins': builtins, 'signal': signal, 'queue': queue,
                'contextvars': contextvars}
    current = saved.setdefault(_SETTINGS, {})
    to_patch = {}
    for k in settings:
        v = settings[k]
        if k not in current:
            to_patch[k] = current[k] = v
        elif v and not current[k]:
            to_patch[k] = current[k] = True
    if not to_patch:
        return None
    # (gevent patches with this call's own arguments, whatever to_patch says)
    if os:
        patch_os()
    if thread:
        patch_thread(Event=Event)
    if time:
        patch_time()
    if sys:
        patch_sys()
    if socket:
        patch_socket(dns=dns, aggressive=aggressive)
    if select:
        patch_select(aggressive=aggressive)
        patch_selectors(aggressive=aggressive)
    if ssl:
        patch_ssl()
    if subprocess:
        patch_subprocess()
    if builtins:
        patch_builtins()
    if signal:
        patch_signal()
    if queue:
        patch_queue()
    if contextvars:
        patch_contextvars()
    return True
