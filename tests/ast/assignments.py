# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
x = 1
a = b = c = x
a, *rest = [1, 2, 3]
(p, q), [r, s] = (1, 2), [3, 4]
obj.attr, seq[0], seq[1:2] = 1, 2, 3
total += 5
total **= 2
label: str = 'x'
count: int
(paren): int = 3
self.value: float = 0.5
del a, obj.attr, seq[0]
del (b, c)
for i, (j, k) in pairs:
    pass
with open(path) as f, lock:
    pass
with (open(a) as fa, open(b) as fb):
    pass

# CHECK:Module
# CHECK-NEXT:  Assign 2:0
# CHECK-NEXT:    Name 'x' Store 2:0
# CHECK-NEXT:    Constant Int '1' 2:4
# CHECK-NEXT:  Assign 3:0
# CHECK-NEXT:    Name 'a' Store 3:0
# CHECK-NEXT:    Name 'b' Store 3:4
# CHECK-NEXT:    Name 'c' Store 3:8
# CHECK-NEXT:    Name 'x' Load 3:12
# CHECK-NEXT:  Assign 4:0
# CHECK-NEXT:    Tuple Store 4:0
# CHECK-NEXT:      Name 'a' Store 4:0
# CHECK-NEXT:      Starred Store 4:3
# CHECK-NEXT:        Name 'rest' Store 4:4
# CHECK-NEXT:    List Load 4:11
# CHECK-NEXT:      Constant Int '1' 4:12
# CHECK-NEXT:      Constant Int '2' 4:15
# CHECK-NEXT:      Constant Int '3' 4:18
# CHECK-NEXT:  Assign 5:0
# CHECK-NEXT:    Tuple Store 5:0
# CHECK-NEXT:      Tuple Store 5:0
# CHECK-NEXT:        Name 'p' Store 5:1
# CHECK-NEXT:        Name 'q' Store 5:4
# CHECK-NEXT:      List Store 5:8
# CHECK-NEXT:        Name 'r' Store 5:9
# CHECK-NEXT:        Name 's' Store 5:12
# CHECK-NEXT:    Tuple Load 5:17
# CHECK-NEXT:      Tuple Load 5:17
# CHECK-NEXT:        Constant Int '1' 5:18
# CHECK-NEXT:        Constant Int '2' 5:21
# CHECK-NEXT:      List Load 5:25
# CHECK-NEXT:        Constant Int '3' 5:26
# CHECK-NEXT:        Constant Int '4' 5:29
# CHECK-NEXT:  Assign 6:0
# CHECK-NEXT:    Tuple Store 6:0
# CHECK-NEXT:      Attribute 'attr' Store 6:0
# CHECK-NEXT:        Name 'obj' Load 6:0
# CHECK-NEXT:      Subscript Store 6:10
# CHECK-NEXT:        Name 'seq' Load 6:10
# CHECK-NEXT:        Constant Int '0' 6:14
# CHECK-NEXT:      Subscript Store 6:18
# CHECK-NEXT:        Name 'seq' Load 6:18
# CHECK-NEXT:        Slice 6:22
# CHECK-NEXT:          lower:
# CHECK-NEXT:            Constant Int '1' 6:22
# CHECK-NEXT:          upper:
# CHECK-NEXT:            Constant Int '2' 6:24
# CHECK-NEXT:    Tuple Load 6:29
# CHECK-NEXT:      Constant Int '1' 6:29
# CHECK-NEXT:      Constant Int '2' 6:32
# CHECK-NEXT:      Constant Int '3' 6:35
# CHECK-NEXT:  AugAssign Add 7:0
# CHECK-NEXT:    Name 'total' Store 7:0
# CHECK-NEXT:    Constant Int '5' 7:9
# CHECK-NEXT:  AugAssign Pow 8:0
# CHECK-NEXT:    Name 'total' Store 8:0
# CHECK-NEXT:    Constant Int '2' 8:10
# CHECK-NEXT:  AnnAssign simple 9:0
# CHECK-NEXT:    Name 'label' Store 9:0
# CHECK-NEXT:    Name 'str' Load 9:7
# CHECK-NEXT:    Constant Str 'x' 9:13
# CHECK-NEXT:  AnnAssign simple 10:0
# CHECK-NEXT:    Name 'count' Store 10:0
# CHECK-NEXT:    Name 'int' Load 10:7
# CHECK-NEXT:  AnnAssign 11:0
# CHECK-NEXT:    Name 'paren' Store 11:1
# CHECK-NEXT:    Name 'int' Load 11:9
# CHECK-NEXT:    Constant Int '3' 11:15
# CHECK-NEXT:  AnnAssign 12:0
# CHECK-NEXT:    Attribute 'value' Store 12:0
# CHECK-NEXT:      Name 'self' Load 12:0
# CHECK-NEXT:    Name 'float' Load 12:12
# CHECK-NEXT:    Constant Float '0.5' 12:20
# CHECK-NEXT:  Delete 13:0
# CHECK-NEXT:    Name 'a' Del 13:4
# CHECK-NEXT:    Attribute 'attr' Del 13:7
# CHECK-NEXT:      Name 'obj' Load 13:7
# CHECK-NEXT:    Subscript Del 13:17
# CHECK-NEXT:      Name 'seq' Load 13:17
# CHECK-NEXT:      Constant Int '0' 13:21
# CHECK-NEXT:  Delete 14:0
# CHECK-NEXT:    Tuple Del 14:4
# CHECK-NEXT:      Name 'b' Del 14:5
# CHECK-NEXT:      Name 'c' Del 14:8
# CHECK-NEXT:  For 15:0
# CHECK-NEXT:    Tuple Store 15:4
# CHECK-NEXT:      Name 'i' Store 15:4
# CHECK-NEXT:      Tuple Store 15:7
# CHECK-NEXT:        Name 'j' Store 15:8
# CHECK-NEXT:        Name 'k' Store 15:11
# CHECK-NEXT:    Name 'pairs' Load 15:17
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 16:4
# CHECK-NEXT:  With 17:0
# CHECK-NEXT:    withitem
# CHECK-NEXT:      Call 17:5
# CHECK-NEXT:        Name 'open' Load 17:5
# CHECK-NEXT:        Name 'path' Load 17:10
# CHECK-NEXT:      Name 'f' Store 17:19
# CHECK-NEXT:    withitem
# CHECK-NEXT:      Name 'lock' Load 17:22
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 18:4
# CHECK-NEXT:  With 19:0
# CHECK-NEXT:    withitem
# CHECK-NEXT:      Call 19:6
# CHECK-NEXT:        Name 'open' Load 19:6
# CHECK-NEXT:        Name 'a' Load 19:11
# CHECK-NEXT:      Name 'fa' Store 19:17
# CHECK-NEXT:    withitem
# CHECK-NEXT:      Call 19:21
# CHECK-NEXT:        Name 'open' Load 19:21
# CHECK-NEXT:        Name 'b' Load 19:26
# CHECK-NEXT:      Name 'fb' Store 19:32
# CHECK-NEXT:    body:
# CHECK-NEXT:      Pass 20:4
