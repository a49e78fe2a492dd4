# -*- Python -*-
# lit configuration for pyco2cpp's test suite.
#
# Every .py file under tests/ (recursively) is a test, except the tools/, fuzz/
# and Inputs/ directories. Run it through tests/tools/run_tests.py, or directly:
#
#   /usr/bin/python3 /usr/lib/llvm-14/build/utils/lit/lit.py -sv tests \
#       --param pyco2cpp=/abs/path/to/build/driver/pyco2cpp \
#       --param exec_root=/abs/path/to/build/lit-output
#
# Parameters (absolute paths; lit resolves nothing relative to the caller):
#   pyco2cpp=     the built driver (required unless a lit.site.cfg.py set
#                 config.pyco2cpp)
#   build_dir=    the CMake build directory, for %builddir (default: the
#                 parent of the driver's directory, as in BUILD/driver/pyco2cpp)
#   exec_root=    where %t files go (default: <dir of driver>/../lit-output,
#                 never inside the source tree)
#   python=       the reference interpreter (default: python3 from PATH,
#                 resolved to its real executable so lit's trimmed
#                 environment cannot break a pyenv shim)
#   gevent_python= reference interpreter for gevent/greenlet programs
#                 (default /usr/bin/python3, which has Debian's gevent)
#   llvm_bin=     where FileCheck, not, count live (default /usr/lib/llvm-14/bin)
#
# Substitutions: %pyco2cpp (the driver), %difftest (tools/difftest.py with the
# driver and reference interpreters filled in; usage `# RUN: %difftest %s`),
# %golden (tools/golden.py: the emitted C++ against FILE.cpp beside the test),
# %python (reference CPython 3.11.7), %gevent_python (Debian's python3 with
# gevent/greenlet), %srcdir (repository root), %builddir (CMake build dir).
# FileCheck, not and count come first on PATH. Feature `gevent` is set when
# %gevent_python can import gevent and greenlet.

import os
import shutil
import subprocess
import sys

import lit.formats

config.name = 'pyco2cpp'
config.test_format = lit.formats.ShTest(execute_external=False)
config.suffixes = ['.py']
config.test_source_root = os.path.dirname(os.path.abspath(__file__))
# Directory and file names never treated as tests, wherever they appear.
config.excludes = ['tools', 'fuzz', 'Inputs', 'Output', 'lit.cfg.py', 'lit.site.cfg.py',
                   '__pycache__']

params = lit_config.params


def absolute_param(name, default=None):
    value = params.get(name) or getattr(config, name, None) or default
    if value is None:
        return None
    if not os.path.isabs(value):
        lit_config.fatal(f"lit param '{name}' must be an absolute path, got '{value}'")
    return value


pyco2cpp = absolute_param('pyco2cpp')
if pyco2cpp is None:
    lit_config.fatal("no pyco2cpp driver: pass --param pyco2cpp=/abs/path/to/pyco2cpp "
                     "(tests/tools/run_tests.py --build-dir BUILD does this)")
if not os.access(pyco2cpp, os.X_OK):
    lit_config.fatal(f"pyco2cpp driver '{pyco2cpp}' is not an executable file")

build_dir = absolute_param('build_dir',
                           os.path.dirname(os.path.dirname(pyco2cpp)))
source_root = os.path.dirname(config.test_source_root)

exec_root = absolute_param('exec_root')
if exec_root is None and not getattr(config, 'test_exec_root', None):
    exec_root = os.path.join(os.path.dirname(os.path.dirname(pyco2cpp)), 'lit-output')
if exec_root is not None:
    config.test_exec_root = exec_root


def resolve_interpreter(command):
    """The real executable behind `command` (a pyenv shim needs HOME and
    PYENV_* which lit does not pass on; the interpreter itself needs nothing)."""
    found = shutil.which(command) if not os.path.isabs(command) else command
    if found is None:
        lit_config.fatal(f"reference interpreter '{command}' not found on PATH")
    try:
        real = subprocess.run([found, '-c', 'import sys; print(sys.executable)'],
                              capture_output=True, text=True, check=True,
                              timeout=60).stdout.strip()
    except (subprocess.SubprocessError, OSError) as err:
        lit_config.fatal(f"cannot run reference interpreter '{found}': {err}")
    return real or found


reference_python = resolve_interpreter(params.get('python', 'python3'))
gevent_python = params.get('gevent_python', '/usr/bin/python3')
llvm_bin = params.get('llvm_bin', '/usr/lib/llvm-14/bin')
# lit itself runs under this interpreter; difftest.py needs nothing beyond
# the standard library, so the same one runs it.
tool_python = '/usr/bin/python3' if os.path.exists('/usr/bin/python3') else sys.executable
difftest = os.path.join(config.test_source_root, 'tools', 'difftest.py')

lit_config.note(f'pyco2cpp driver: {pyco2cpp}')
lit_config.note(f'reference python: {reference_python}')

# FileCheck, not, count come from LLVM 14.
config.environment['PATH'] = os.pathsep.join([llvm_bin, config.environment.get('PATH', '')])
# Reference runs are deterministic: fixed hash seed, no .pyc files left behind.
config.environment['PYTHONHASHSEED'] = '0'
config.environment['PYTHONDONTWRITEBYTECODE'] = '1'
# Let the driver's own settings (runtime location, C++ compiler) through.
for name, value in os.environ.items():
    if name.startswith('PYCO2CPP_') or name in ('HOME', 'CXX', 'CC', 'LANG', 'LC_ALL'):
        config.environment[name] = value

# Substitutions listed here are applied before lit's own (%s, %t...), so
# %srcdir is safe from %s. Among these, order matters only for names that
# are prefixes of others; none of these is.
config.substitutions.append(('%srcdir', source_root))
config.substitutions.append(('%builddir', build_dir))
config.substitutions.append(('%difftest',
                             f'{tool_python} {difftest} --pyco2cpp {pyco2cpp} '
                             f'--python {reference_python} '
                             f'--gevent-python {gevent_python} --tmp %t'))
config.substitutions.append(('%golden',
                             f'{tool_python} {os.path.join(config.test_source_root, "tools", "golden.py")} '
                             f'--pyco2cpp {pyco2cpp}'))
config.substitutions.append(('%pyco2cpp', pyco2cpp))
config.substitutions.append(('%gevent_python', gevent_python))
config.substitutions.append(('%python', reference_python))

config.available_features.add('pyco2cpp')
if os.path.exists(gevent_python):
    probe = subprocess.run([gevent_python, '-c', 'import gevent, greenlet'],
                           capture_output=True)
    if probe.returncode == 0:
        config.available_features.add('gevent')
