# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
r = a + b * c - d / e // f % g @ h
p = -x ** -y
b = ~a << 2 >> 1 & 3 | 4 ^ 5
c = not a and b or c and not d
cmp = a < b <= c == d != e > f >= g
m = a in b, a not in b, a is b, a is not b
t = x if cond else y
w = (n := len(items))
s = seq[1], seq[1:2], seq[::2], seq[:-1, ...], seq[a:b:c]
d = {'a': 1, **other, 'b': 2}
st = {1, 2, *more}
l = [1, *more, 3]
tu = ()
one = (1,)
lc = [x * 2 for x in range(10) if x % 2 if x > 3]
sc = {x for x in y for z in x}
dc = {k: v for k, v in pairs}
ge = list(x for x in y)
attr = a.b.c(d)[e].f
lam = lambda: (yield)
cond = [a if b else c for a in range(3)]
chained = a < b < c

# CHECK:Module
# CHECK-NEXT:  Assign 2:0
# CHECK-NEXT:    Name 'r' Store 2:0
# CHECK-NEXT:    BinOp Sub 2:4
# CHECK-NEXT:      BinOp Add 2:4
# CHECK-NEXT:        Name 'a' Load 2:4
# CHECK-NEXT:        BinOp Mult 2:8
# CHECK-NEXT:          Name 'b' Load 2:8
# CHECK-NEXT:          Name 'c' Load 2:12
# CHECK-NEXT:      BinOp MatMult 2:16
# CHECK-NEXT:        BinOp Mod 2:16
# CHECK-NEXT:          BinOp FloorDiv 2:16
# CHECK-NEXT:            BinOp Div 2:16
# CHECK-NEXT:              Name 'd' Load 2:16
# CHECK-NEXT:              Name 'e' Load 2:20
# CHECK-NEXT:            Name 'f' Load 2:25
# CHECK-NEXT:          Name 'g' Load 2:29
# CHECK-NEXT:        Name 'h' Load 2:33
# CHECK-NEXT:  Assign 3:0
# CHECK-NEXT:    Name 'p' Store 3:0
# CHECK-NEXT:    UnaryOp USub 3:4
# CHECK-NEXT:      BinOp Pow 3:5
# CHECK-NEXT:        Name 'x' Load 3:5
# CHECK-NEXT:        UnaryOp USub 3:10
# CHECK-NEXT:          Name 'y' Load 3:11
# CHECK-NEXT:  Assign 4:0
# CHECK-NEXT:    Name 'b' Store 4:0
# CHECK-NEXT:    BinOp BitOr 4:4
# CHECK-NEXT:      BinOp BitAnd 4:4
# CHECK-NEXT:        BinOp RShift 4:4
# CHECK-NEXT:          BinOp LShift 4:4
# CHECK-NEXT:            UnaryOp Invert 4:4
# CHECK-NEXT:              Name 'a' Load 4:5
# CHECK-NEXT:            Constant Int '2' 4:10
# CHECK-NEXT:          Constant Int '1' 4:15
# CHECK-NEXT:        Constant Int '3' 4:19
# CHECK-NEXT:      BinOp BitXor 4:23
# CHECK-NEXT:        Constant Int '4' 4:23
# CHECK-NEXT:        Constant Int '5' 4:27
# CHECK-NEXT:  Assign 5:0
# CHECK-NEXT:    Name 'c' Store 5:0
# CHECK-NEXT:    BoolOp Or 5:4
# CHECK-NEXT:      BoolOp And 5:4
# CHECK-NEXT:        UnaryOp Not 5:4
# CHECK-NEXT:          Name 'a' Load 5:8
# CHECK-NEXT:        Name 'b' Load 5:14
# CHECK-NEXT:      BoolOp And 5:19
# CHECK-NEXT:        Name 'c' Load 5:19
# CHECK-NEXT:        UnaryOp Not 5:25
# CHECK-NEXT:          Name 'd' Load 5:29
# CHECK-NEXT:  Assign 6:0
# CHECK-NEXT:    Name 'cmp' Store 6:0
# CHECK-NEXT:    Compare Lt LtE Eq NotEq Gt GtE 6:6
# CHECK-NEXT:      Name 'a' Load 6:6
# CHECK-NEXT:      Name 'b' Load 6:10
# CHECK-NEXT:      Name 'c' Load 6:15
# CHECK-NEXT:      Name 'd' Load 6:20
# CHECK-NEXT:      Name 'e' Load 6:25
# CHECK-NEXT:      Name 'f' Load 6:29
# CHECK-NEXT:      Name 'g' Load 6:34
# CHECK-NEXT:  Assign 7:0
# CHECK-NEXT:    Name 'm' Store 7:0
# CHECK-NEXT:    Tuple Load 7:4
# CHECK-NEXT:      Compare In 7:4
# CHECK-NEXT:        Name 'a' Load 7:4
# CHECK-NEXT:        Name 'b' Load 7:9
# CHECK-NEXT:      Compare NotIn 7:12
# CHECK-NEXT:        Name 'a' Load 7:12
# CHECK-NEXT:        Name 'b' Load 7:21
# CHECK-NEXT:      Compare Is 7:24
# CHECK-NEXT:        Name 'a' Load 7:24
# CHECK-NEXT:        Name 'b' Load 7:29
# CHECK-NEXT:      Compare IsNot 7:32
# CHECK-NEXT:        Name 'a' Load 7:32
# CHECK-NEXT:        Name 'b' Load 7:41
# CHECK-NEXT:  Assign 8:0
# CHECK-NEXT:    Name 't' Store 8:0
# CHECK-NEXT:    IfExp 8:4
# CHECK-NEXT:      Name 'cond' Load 8:9
# CHECK-NEXT:      Name 'x' Load 8:4
# CHECK-NEXT:      Name 'y' Load 8:19
# CHECK-NEXT:  Assign 9:0
# CHECK-NEXT:    Name 'w' Store 9:0
# CHECK-NEXT:    NamedExpr 9:5
# CHECK-NEXT:      Name 'n' Store 9:5
# CHECK-NEXT:      Call 9:10
# CHECK-NEXT:        Name 'len' Load 9:10
# CHECK-NEXT:        Name 'items' Load 9:14
# CHECK-NEXT:  Assign 10:0
# CHECK-NEXT:    Name 's' Store 10:0
# CHECK-NEXT:    Tuple Load 10:4
# CHECK-NEXT:      Subscript Load 10:4
# CHECK-NEXT:        Name 'seq' Load 10:4
# CHECK-NEXT:        Constant Int '1' 10:8
# CHECK-NEXT:      Subscript Load 10:12
# CHECK-NEXT:        Name 'seq' Load 10:12
# CHECK-NEXT:        Slice 10:16
# CHECK-NEXT:          lower:
# CHECK-NEXT:            Constant Int '1' 10:16
# CHECK-NEXT:          upper:
# CHECK-NEXT:            Constant Int '2' 10:18
# CHECK-NEXT:      Subscript Load 10:22
# CHECK-NEXT:        Name 'seq' Load 10:22
# CHECK-NEXT:        Slice 10:26
# CHECK-NEXT:          step:
# CHECK-NEXT:            Constant Int '2' 10:28
# CHECK-NEXT:      Subscript Load 10:32
# CHECK-NEXT:        Name 'seq' Load 10:32
# CHECK-NEXT:        Tuple Load 10:36
# CHECK-NEXT:          Slice 10:36
# CHECK-NEXT:            upper:
# CHECK-NEXT:              UnaryOp USub 10:37
# CHECK-NEXT:                Constant Int '1' 10:38
# CHECK-NEXT:          Constant Ellipsis 10:41
# CHECK-NEXT:      Subscript Load 10:47
# CHECK-NEXT:        Name 'seq' Load 10:47
# CHECK-NEXT:        Slice 10:51
# CHECK-NEXT:          lower:
# CHECK-NEXT:            Name 'a' Load 10:51
# CHECK-NEXT:          upper:
# CHECK-NEXT:            Name 'b' Load 10:53
# CHECK-NEXT:          step:
# CHECK-NEXT:            Name 'c' Load 10:55
# CHECK-NEXT:  Assign 11:0
# CHECK-NEXT:    Name 'd' Store 11:0
# CHECK-NEXT:    Dict 11:4
# CHECK-NEXT:      Constant Str 'a' 11:5
# CHECK-NEXT:      Constant Int '1' 11:10
# CHECK-NEXT:      **
# CHECK-NEXT:      Name 'other' Load 11:15
# CHECK-NEXT:      Constant Str 'b' 11:22
# CHECK-NEXT:      Constant Int '2' 11:27
# CHECK-NEXT:  Assign 12:0
# CHECK-NEXT:    Name 'st' Store 12:0
# CHECK-NEXT:    Set 12:5
# CHECK-NEXT:      Constant Int '1' 12:6
# CHECK-NEXT:      Constant Int '2' 12:9
# CHECK-NEXT:      Starred Load 12:12
# CHECK-NEXT:        Name 'more' Load 12:13
# CHECK-NEXT:  Assign 13:0
# CHECK-NEXT:    Name 'l' Store 13:0
# CHECK-NEXT:    List Load 13:4
# CHECK-NEXT:      Constant Int '1' 13:5
# CHECK-NEXT:      Starred Load 13:8
# CHECK-NEXT:        Name 'more' Load 13:9
# CHECK-NEXT:      Constant Int '3' 13:15
# CHECK-NEXT:  Assign 14:0
# CHECK-NEXT:    Name 'tu' Store 14:0
# CHECK-NEXT:    Tuple Load 14:5
# CHECK-NEXT:  Assign 15:0
# CHECK-NEXT:    Name 'one' Store 15:0
# CHECK-NEXT:    Tuple Load 15:6
# CHECK-NEXT:      Constant Int '1' 15:7
# CHECK-NEXT:  Assign 16:0
# CHECK-NEXT:    Name 'lc' Store 16:0
# CHECK-NEXT:    ListComp 16:5
# CHECK-NEXT:      BinOp Mult 16:6
# CHECK-NEXT:        Name 'x' Load 16:6
# CHECK-NEXT:        Constant Int '2' 16:10
# CHECK-NEXT:      comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:        Name 'x' Store 16:16
# CHECK-NEXT:        Call 16:21
# CHECK-NEXT:          Name 'range' Load 16:21
# CHECK-NEXT:          Constant Int '10' 16:27
# CHECK-NEXT:        ifs:
# CHECK-NEXT:          BinOp Mod 16:34
# CHECK-NEXT:            Name 'x' Load 16:34
# CHECK-NEXT:            Constant Int '2' 16:38
# CHECK-NEXT:          Compare Gt 16:43
# CHECK-NEXT:            Name 'x' Load 16:43
# CHECK-NEXT:            Constant Int '3' 16:47
# CHECK-NEXT:  Assign 17:0
# CHECK-NEXT:    Name 'sc' Store 17:0
# CHECK-NEXT:    SetComp 17:5
# CHECK-NEXT:      Name 'x' Load 17:6
# CHECK-NEXT:      comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:        Name 'x' Store 17:12
# CHECK-NEXT:        Name 'y' Load 17:17
# CHECK-NEXT:      comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:        Name 'z' Store 17:23
# CHECK-NEXT:        Name 'x' Load 17:28
# CHECK-NEXT:  Assign 18:0
# CHECK-NEXT:    Name 'dc' Store 18:0
# CHECK-NEXT:    DictComp 18:5
# CHECK-NEXT:      Name 'k' Load 18:6
# CHECK-NEXT:      Name 'v' Load 18:9
# CHECK-NEXT:      comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:        Tuple Store 18:15
# CHECK-NEXT:          Name 'k' Store 18:15
# CHECK-NEXT:          Name 'v' Store 18:18
# CHECK-NEXT:        Name 'pairs' Load 18:23
# CHECK-NEXT:  Assign 19:0
# CHECK-NEXT:    Name 'ge' Store 19:0
# CHECK-NEXT:    Call 19:5
# CHECK-NEXT:      Name 'list' Load 19:5
# CHECK-NEXT:      GeneratorExp 19:9
# CHECK-NEXT:        Name 'x' Load 19:10
# CHECK-NEXT:        comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:          Name 'x' Store 19:16
# CHECK-NEXT:          Name 'y' Load 19:21
# CHECK-NEXT:  Assign 20:0
# CHECK-NEXT:    Name 'attr' Store 20:0
# CHECK-NEXT:    Attribute 'f' Load 20:7
# CHECK-NEXT:      Subscript Load 20:7
# CHECK-NEXT:        Call 20:7
# CHECK-NEXT:          Attribute 'c' Load 20:7
# CHECK-NEXT:            Attribute 'b' Load 20:7
# CHECK-NEXT:              Name 'a' Load 20:7
# CHECK-NEXT:          Name 'd' Load 20:13
# CHECK-NEXT:        Name 'e' Load 20:16
# CHECK-NEXT:  Assign 21:0
# CHECK-NEXT:    Name 'lam' Store 21:0
# CHECK-NEXT:    Lambda 21:6
# CHECK-NEXT:      Yield 21:15
# CHECK-NEXT:  Assign 22:0
# CHECK-NEXT:    Name 'cond' Store 22:0
# CHECK-NEXT:    ListComp 22:7
# CHECK-NEXT:      IfExp 22:8
# CHECK-NEXT:        Name 'b' Load 22:13
# CHECK-NEXT:        Name 'a' Load 22:8
# CHECK-NEXT:        Name 'c' Load 22:20
# CHECK-NEXT:      comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:        Name 'a' Store 22:26
# CHECK-NEXT:        Call 22:31
# CHECK-NEXT:          Name 'range' Load 22:31
# CHECK-NEXT:          Constant Int '3' 22:37
# CHECK-NEXT:  Assign 23:0
# CHECK-NEXT:    Name 'chained' Store 23:0
# CHECK-NEXT:    Compare Lt Lt 23:10
# CHECK-NEXT:      Name 'a' Load 23:10
# CHECK-NEXT:      Name 'b' Load 23:14
# CHECK-NEXT:      Name 'c' Load 23:18
