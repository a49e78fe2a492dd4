"""gevent.local: greenlet-local objects, as gevent 22.10 has them.

A `local` keeps one attribute dict per greenlet. The greenlet that creates
it uses the dict the constructor filled; any other greenlet starts with an
empty one and, for a subclass, has __init__ run on it once, on its first
access, with the constructor's arguments. Attributes the class itself
defines (methods, properties) are shared as usual; a data descriptor
(property) takes precedence over the per-greenlet value, as in CPython.

Without weakrefs the dicts are keyed by the greenlet object itself. As in
gevent, a Greenlet's dict is dropped when it finishes (a rawlink, which
gevent adds too, so the loop's order is the same); a raw greenlet (main,
the hub, spawn_raw's) keeps its dict, and so stays alive, for as long as
the local does.
"""

from greenlet import getcurrent

__all__ = ['local']


class _GreenletDeleted(object):
    """The rawlink that drops a finished Greenlet's dict."""

    def __init__(self, impl):
        self.impl = impl

    def __call__(self, greenlet):
        self.impl.dicts.pop(greenlet, None)


class _LocalImpl(object):
    """What a local holds: the per-greenlet dicts and the constructor's
    arguments (for __init__ in each new greenlet)."""

    def __init__(self, args, kwargs):
        self.dicts = {}
        self.localargs = args
        self.localkwargs = kwargs
        _create_dict(self, getcurrent())


def _create_dict(impl, greenlet):
    localdict = {}
    impl.dicts[greenlet] = localdict
    rawlink = getattr(greenlet, 'rawlink', None)
    if rawlink is not None:
        rawlink(_GreenletDeleted(impl))
    return localdict


def _local_get_dict(self):
    impl = object.__getattribute__(self, '_local__impl')
    greenlet = getcurrent()
    dct = impl.dicts.get(greenlet)
    if dct is None:
        # First use in this greenlet: the dict exists before __init__ runs,
        # so __init__'s assignments land in it.
        dct = _create_dict(impl, greenlet)
        self.__init__(*impl.localargs, **impl.localkwargs)
    return dct


def _is_data_descriptor(attr):
    if attr is None:
        return False
    return isinstance(attr, property) or hasattr(type(attr), '__set__')


class local(object):
    """An object whose attributes are greenlet-local."""

    def __new__(cls, *args, **kw):
        if args or kw:
            if cls.__init__ is object.__init__:
                raise TypeError("Initialization arguments are not supported", args, kw)
        self = object.__new__(cls)
        object.__setattr__(self, '_local__impl', _LocalImpl(args, kw))
        return self

    def __getattribute__(self, name):
        if name == '_local__impl' or name == '__class__':
            return object.__getattribute__(self, name)
        dct = _local_get_dict(self)
        if name == '__dict__':
            return dct
        if name in dct:
            cls = type(self)
            if cls is local or not _is_data_descriptor(getattr(cls, name, None)):
                return dct[name]
        # The class's attributes (methods, properties); the object's own
        # __dict__ holds nothing but _local__impl.
        return object.__getattribute__(self, name)

    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self))
        if name == '_local__impl':
            object.__setattr__(self, name, value)
            return
        dct = _local_get_dict(self)
        cls = type(self)
        if cls is not local and _is_data_descriptor(getattr(cls, name, None)):
            object.__setattr__(self, name, value)   # the property's setter
            return
        dct[name] = value

    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % type(self).__name__)
        cls = type(self)
        if cls is not local and _is_data_descriptor(getattr(cls, name, None)):
            object.__delattr__(self, name)
            return
        dct = _local_get_dict(self)
        if name not in dct:
            raise AttributeError(name)
        del dct[name]

    def __copy__(self):
        impl = object.__getattribute__(self, '_local__impl')
        duplicate = dict(impl.dicts[getcurrent()])
        instance = type(self)(*impl.localargs, **impl.localkwargs)
        object.__getattribute__(instance, '_local__impl').dicts[getcurrent()] = duplicate
        return instance
