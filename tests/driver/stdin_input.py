# sys.stdin and input() read the program's standard input as CPython does
# (here the test file itself is the input): input() strips the newline and
# is EOFError at the end, readline() keeps it, iteration yields lines,
# read()/readlines() take the rest. Both are run the same way and compared.
# RUN: %pyco2cpp build %s -o %t.prog
# RUN: %python %s < %s > %t.python.out
# RUN: %t.prog < %s > %t.native.out
# RUN: diff %t.python.out %t.native.out
# RUN: FileCheck %s --input-file %t.native.out
# CHECK: first: '# sys.stdin and input() read
# CHECK: EOFError: EOF when reading a line
import sys

print("first:", repr(input()[:30]))
print(sys.stdin)
print(repr(sys.stdin.readline()))
count = 0
for line in sys.stdin:
    count += 1
    if line.startswith("# RUN"):
        print("run line", line.rstrip())
    if count == 8:
        break
rest = sys.stdin.read()
print(len(rest.splitlines()), sys.stdin.readlines(), repr(sys.stdin.readline()))
try:
    input("prompt> ")
except EOFError as e:
    print("EOFError:", e)
