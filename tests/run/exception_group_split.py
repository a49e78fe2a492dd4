# RUN: %difftest %s
# BaseExceptionGroup.split() and subgroup() by type, tuple of types and
# predicate: the structure is kept, empty parts are None, a whole match is
# the group itself, and the parts carry the group's traceback, context,
# cause and a copy of its notes; derive() of a subclass makes the parts.
def leaves(e):
    if isinstance(e, BaseExceptionGroup):
        return [x for sub in e.exceptions for x in leaves(sub)]
    return [e]


eg = ExceptionGroup("top", [ValueError(1), TypeError(2), ExceptionGroup("mid", [ValueError(3), OSError(4)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(eg.subgroup((TypeError, OSError)))
print(repr(eg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1)))
print(eg.subgroup(KeyError), eg.split(KeyError)[1] is eg, eg.split(Exception)[0] is eg)
print(eg.subgroup(lambda e: e is eg) is eg)
print([repr(x) for x in leaves(rest)])

try:
    try:
        raise KeyError("ctx")
    except KeyError:
        raise eg from OSError("cause")
except ExceptionGroup as caught:
    caught.add_note("note")
    m, r = caught.split(TypeError)
    print(type(m.__cause__).__name__, repr(m.__context__), m.__notes__, m.__notes__ is caught.__notes__)
    print(m.__traceback__ is not None, r.__traceback__ is not None)

try:
    eg.split("nope")
except TypeError as e:
    print("TypeError:", e)


class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)


mine = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mine.subgroup(ValueError)), type(mine.subgroup(ValueError)).__name__)


class Plain(ExceptionGroup):
    pass


print(type(Plain("p", [ValueError(1), TypeError(2)]).subgroup(ValueError)).__name__)

# What leaves except* is a new group even when it holds everything.
eg = ExceptionGroup("top", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg
    except* KeyError:
        pass
except ExceptionGroup as r:
    print(r is eg)
try:
    try:
        raise eg
    except* ValueError:
        raise
except ExceptionGroup as r:
    print(r is eg, repr(r))
