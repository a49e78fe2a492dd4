# Shared set-up for a fresh Debian 12 machine, sourced by .ci/run and
# examples/run-example.sh: installs the packages pyco2cpp needs (skipped when
# they are all present), then configures and builds the project (Release).
#
# After sourcing: PYCO2CPP_ROOT (the repository), PYCO2CPP_BUILD_DIR (default
# $PYCO2CPP_ROOT/build; set it beforehand to build elsewhere) and PYCO2CPP
# (the built driver).

PYCO2CPP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PYCO2CPP_BUILD_DIR="${PYCO2CPP_BUILD_DIR:-$PYCO2CPP_ROOT/build}"

# Build tools and libraries (see ../shared/DEPENDENCIES.md beside the
# repository; libclang-rt-14-dev: libFuzzer and clang's sanitizer run-times for
# tests/tools/fuzz.sh), then what the tests use: reference runs of greenlet/gevent
# programs, lit's --timeout (psutil), GoogleTest, lit + FileCheck
# (llvm-14-tools).
PYCO2CPP_PACKAGES=(
  build-essential cmake python3 python3-psutil
  antlr4 libantlr4-runtime-dev uuid-dev libfmt-dev
  llvm-14-dev libclang-14-dev libclang-cpp14-dev clang-14 libclang-rt-14-dev libboost-context-dev
  llvm-14-tools python3-greenlet python3-gevent libgtest-dev
)

pyco2cpp_install_packages() {
  local missing=()
  local package
  for package in "${PYCO2CPP_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  if ((${#missing[@]} == 0)); then
    echo "setup: all ${#PYCO2CPP_PACKAGES[@]} packages already installed"
    return
  fi
  echo "setup: installing ${missing[*]}"
  local sudo=()
  if ((EUID != 0)); then sudo=(sudo); fi
  "${sudo[@]}" apt-get update
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y "${PYCO2CPP_PACKAGES[@]}"
}

pyco2cpp_configure_and_build() {
  cmake -S "$PYCO2CPP_ROOT" -B "$PYCO2CPP_BUILD_DIR" -DCMAKE_BUILD_TYPE=Release
  cmake --build "$PYCO2CPP_BUILD_DIR" -j"$(nproc)"
  PYCO2CPP="$PYCO2CPP_BUILD_DIR/driver/pyco2cpp"
}

pyco2cpp_install_packages
pyco2cpp_configure_and_build
