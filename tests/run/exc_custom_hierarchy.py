# RUN: %difftest %s
# Custom exception classes: hierarchies, extra attributes, args, str and repr.
class AppError(Exception):
    """Base of this program's errors."""

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(f"config key {key!r}: {reason}")
        self.key = key
        self.reason = reason

class NetworkError(AppError):
    pass

class TimeoutError_(NetworkError):
    def __str__(self):
        return "timed out after " + str(self.args[0]) + "s"

def fail(kind):
    if kind == "config":
        raise ConfigError("port")
    if kind == "network":
        raise NetworkError("unreachable", 113)
    if kind == "timeout":
        raise TimeoutError_(30)
    if kind == "plain":
        raise AppError()
    raise RuntimeError("unknown kind " + kind)

for kind in ["config", "network", "timeout", "plain", "other"]:
    try:
        fail(kind)
    except ConfigError as e:
        print("config:", e, "| key:", e.key, "| args:", e.args)
    except NetworkError as e:
        print("network:", e, "| args:", e.args, "| repr:", repr(e))
    except AppError as e:
        print("app:", repr(str(e)), e.args, repr(e))
    except Exception as e:
        print("other:", type(e).__name__, e)

print(issubclass(TimeoutError_, AppError), issubclass(AppError, Exception))
print(issubclass(ConfigError, BaseException), isinstance(ConfigError("k"), AppError))
print([c.__name__ for c in TimeoutError_.__mro__])

e = ValueError("one", 2, [3])
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), str(KeyError("k")), str(ValueError("only")))
print(repr(Exception("a", "b")), str(Exception("a", "b")))

class WithDefault(Exception):
    def __init__(self, message="default message"):
        super().__init__(message)

try:
    raise WithDefault
except WithDefault as err:
    print("raised class, got instance:", err)
errors = []
for exc_type in [ValueError, TypeError, KeyError, IndexError, ZeroDivisionError, AttributeError]:
    try:
        raise exc_type("msg")
    except (LookupError, ArithmeticError) as err:
        errors.append("family:" + type(err).__name__)
    except Exception as err:
        errors.append("generic:" + type(err).__name__)
print(errors)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError))
