#!/usr/bin/env python3
"""Runs a command and fails if it fails or takes longer than a limit.

    time_limit.py SECONDS CMD [ARGS...]

For the scaling tests: the limit is set well above the expected time so a
busy machine does not fail them, and well below what a quadratic step took.
"""
import subprocess
import sys
import time


def main():
    limit = float(sys.argv[1])
    start = time.monotonic()
    status = subprocess.run(sys.argv[2:]).returncode
    elapsed = time.monotonic() - start
    print(f'time_limit: {elapsed:.2f}s (limit {limit:g}s), exit status {status}')
    return 1 if status != 0 or elapsed > limit else 0


if __name__ == '__main__':
    sys.exit(main())
