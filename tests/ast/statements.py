# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
import os
import os.path as osp, sys
from collections import deque, defaultdict as dd
from . import sibling
from ..pkg.mod import (a, b as c,)
from ... import x
from .mod import *
if a:
    pass
elif b:
    x = 1
elif c:
    x = 2
else:
    x = 3
while running:
    if done: break
    else: continue
else:
    cleanup()
for i in range(3):
    pass
else:
    pass
try:
    risky()
except ValueError as e:
    raise RuntimeError('bad') from e
except (TypeError, KeyError):
    raise
except:
    pass
else:
    ok()
finally:
    close()
try:
    pass
except* OSError as group:
    pass
assert x, 'message'
assert y
x = 1; y = 2;
def f(): return
class Empty: pass
if x: a = 1; b = 2

# CHECK:Module
# CHECK-NEXT:  Import 2:0
# CHECK-NEXT:    alias 'os' 2:7
# CHECK-NEXT:  Import 3:0
# CHECK-NEXT:    alias 'os.path' as 'osp' 3:7
# CHECK-NEXT:    alias 'sys' 3:23
# CHECK-NEXT:  ImportFrom 'collections' level=0 4:0
# CHECK-NEXT:    alias 'deque' 4:24
# CHECK-NEXT:    alias 'defaultdict' as 'dd' 4:31
# CHECK-NEXT:  ImportFrom '' level=1 5:0
# CHECK-NEXT:    alias 'sibling' 5:14
# CHECK-NEXT:  ImportFrom 'pkg.mod' level=2 6:0
# CHECK-NEXT:    alias 'a' 6:23
# CHECK-NEXT:    alias 'b' as 'c' 6:26
# CHECK-NEXT:  ImportFrom '' level=3 7:0
# CHECK-NEXT:    alias 'x' 7:16
# CHECK-NEXT:  ImportFrom 'mod' level=1 8:0
# CHECK-NEXT:    alias '*' 8:17
# CHECK-NEXT:  If 9:0
# CHECK-NEXT:    Name 'a' Load 9:3
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 10:4
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      If 11:0
# CHECK-NEXT:        Name 'b' Load 11:5
# CHECK-NEXT:        body:
# CHECK-NEXT:          Assign 12:4
# CHECK-NEXT:            Name 'x' Store 12:4
# CHECK-NEXT:            Constant Int '1' 12:8
# CHECK-NEXT:        orelse:
# CHECK-NEXT:          If 13:0
# CHECK-NEXT:            Name 'c' Load 13:5
# CHECK-NEXT:            body:
# CHECK-NEXT:              Assign 14:4
# CHECK-NEXT:                Name 'x' Store 14:4
# CHECK-NEXT:                Constant Int '2' 14:8
# CHECK-NEXT:            orelse:
# CHECK-NEXT:              Assign 16:4
# CHECK-NEXT:                Name 'x' Store 16:4
# CHECK-NEXT:                Constant Int '3' 16:8
# CHECK-NEXT:  While 17:0
# CHECK-NEXT:    Name 'running' Load 17:6
# CHECK-NEXT:    body:
# CHECK-NEXT:      If 18:4
# CHECK-NEXT:        Name 'done' Load 18:7
# CHECK-NEXT:        body:
# CHECK-NEXT:          Break 18:13
# CHECK-NEXT:        orelse:
# CHECK-NEXT:          Continue 19:10
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Expr 21:4
# CHECK-NEXT:        Call 21:4
# CHECK-NEXT:          Name 'cleanup' Load 21:4
# CHECK-NEXT:  For 22:0
# CHECK-NEXT:    Name 'i' Store 22:4
# CHECK-NEXT:    Call 22:9
# CHECK-NEXT:      Name 'range' Load 22:9
# CHECK-NEXT:      Constant Int '3' 22:15
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 23:4
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Pass 25:4
# CHECK-NEXT:  Try 26:0
# CHECK-NEXT:    body:
# CHECK-NEXT:      Expr 27:4
# CHECK-NEXT:        Call 27:4
# CHECK-NEXT:          Name 'risky' Load 27:4
# CHECK-NEXT:    ExceptHandler 'e' 28:0
# CHECK-NEXT:      Name 'ValueError' Load 28:7
# CHECK-NEXT:      body:
# CHECK-NEXT:        Raise 29:4
# CHECK-NEXT:          Call 29:10
# CHECK-NEXT:            Name 'RuntimeError' Load 29:10
# CHECK-NEXT:            Constant Str 'bad' 29:23
# CHECK-NEXT:          cause:
# CHECK-NEXT:            Name 'e' Load 29:35
# CHECK-NEXT:    ExceptHandler 30:0
# CHECK-NEXT:      Tuple Load 30:7
# CHECK-NEXT:        Name 'TypeError' Load 30:8
# CHECK-NEXT:        Name 'KeyError' Load 30:19
# CHECK-NEXT:      body:
# CHECK-NEXT:        Raise 31:4
# CHECK-NEXT:    ExceptHandler 32:0
# CHECK-NEXT:      body:
# CHECK-NEXT:        Pass 33:4
# CHECK-NEXT:    orelse:
# CHECK-NEXT:      Expr 35:4
# CHECK-NEXT:        Call 35:4
# CHECK-NEXT:          Name 'ok' Load 35:4
# CHECK-NEXT:    finalbody:
# CHECK-NEXT:      Expr 37:4
# CHECK-NEXT:        Call 37:4
# CHECK-NEXT:          Name 'close' Load 37:4
# CHECK-NEXT:  TryStar 38:0
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 39:4
# CHECK-NEXT:    ExceptHandler 'group' 40:0
# CHECK-NEXT:      Name 'OSError' Load 40:8
# CHECK-NEXT:      body:
# CHECK-NEXT:        Pass 41:4
# CHECK-NEXT:  Assert 42:0
# CHECK-NEXT:    Name 'x' Load 42:7
# CHECK-NEXT:    Constant Str 'message' 42:10
# CHECK-NEXT:  Assert 43:0
# CHECK-NEXT:    Name 'y' Load 43:7
# CHECK-NEXT:  Assign 44:0
# CHECK-NEXT:    Name 'x' Store 44:0
# CHECK-NEXT:    Constant Int '1' 44:4
# CHECK-NEXT:  Assign 44:7
# CHECK-NEXT:    Name 'y' Store 44:7
# CHECK-NEXT:    Constant Int '2' 44:11
# CHECK-NEXT:  FunctionDef 'f' 45:0
# CHECK-NEXT:    body:
# CHECK-NEXT:      Return 45:9
# CHECK-NEXT:  ClassDef 'Empty' 46:0
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 46:13
# CHECK-NEXT:  If 47:0
# CHECK-NEXT:    Name 'x' Load 47:3
# CHECK-NEXT:    body:
# CHECK-NEXT:      Assign 47:6
# CHECK-NEXT:        Name 'a' Store 47:6
# CHECK-NEXT:        Constant Int '1' 47:10
# CHECK-NEXT:      Assign 47:13
# CHECK-NEXT:        Name 'b' Store 47:13
# CHECK-NEXT:        Constant Int '2' 47:17
