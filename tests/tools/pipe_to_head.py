#!/usr/bin/env python3
"""pipe_to_head.py COMMAND...: runs COMMAND with its stdout piped into
`head -1` (a reader that goes away after one line), then prints what head
printed and `status N`, COMMAND's exit status (negative: killed by that
signal). For tests of what a program does when its reader closes the pipe."""
import subprocess
import sys

producer = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
head = subprocess.run(['head', '-1'], stdin=producer.stdout, stdout=subprocess.PIPE)
producer.stdout.close()
status = producer.wait()
sys.stdout.write(head.stdout.decode())
print(f'status {status}')
