# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
name = 'x'
simple = f'hello {name}!'
conv = f'{name!r} {name!s} {name!a}'
spec = f'{value:>10} {value:.2f} {value:{width}.{precision}f}'
debug = f'{name=} {value = } {value=:>8} {value=!s}'
braces = f'{{literal}} {name} }}'
nested_quotes = f"{d['key']} {'other'}"
mixed = 'plain ' f'{name}' " tail" F'{1 + 2}'
raw = rf'\n{name}\t' fr'{name}\d'
triple = f'''line {name}
next {value!r:^5}'''
exprs = f'{a if b else c} {[x for x in y]} {f(a, b=1)} {d["k"]}'
compare = f'{a != b} {a == b} {a < b} {a >= b}'
lambda_in = f'{(lambda x: x * 2)(3)}'
chinese = f'听音乐...{i}'
empty = f''
only_text = f'text'
dict_in = f'{ {"a": 1}["a"] }'

# CHECK:Module
# CHECK-NEXT:  Assign 2:0
# CHECK-NEXT:    Name 'name' Store 2:0
# CHECK-NEXT:    Constant Str 'x' 2:7
# CHECK-NEXT:  Assign 3:0
# CHECK-NEXT:    Name 'simple' Store 3:0
# CHECK-NEXT:    JoinedStr 3:9
# CHECK-NEXT:      Constant Str 'hello ' 3:9
# CHECK-NEXT:      FormattedValue 3:9
# CHECK-NEXT:        Name 'name' Load 3:18
# CHECK-NEXT:      Constant Str '!' 3:9
# CHECK-NEXT:  Assign 4:0
# CHECK-NEXT:    Name 'conv' Store 4:0
# CHECK-NEXT:    JoinedStr 4:7
# CHECK-NEXT:      FormattedValue !r 4:7
# CHECK-NEXT:        Name 'name' Load 4:10
# CHECK-NEXT:      Constant Str ' ' 4:7
# CHECK-NEXT:      FormattedValue !s 4:7
# CHECK-NEXT:        Name 'name' Load 4:19
# CHECK-NEXT:      Constant Str ' ' 4:7
# CHECK-NEXT:      FormattedValue !a 4:7
# CHECK-NEXT:        Name 'name' Load 4:28
# CHECK-NEXT:  Assign 5:0
# CHECK-NEXT:    Name 'spec' Store 5:0
# CHECK-NEXT:    JoinedStr 5:7
# CHECK-NEXT:      FormattedValue 5:7
# CHECK-NEXT:        Name 'value' Load 5:10
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr 5:7
# CHECK-NEXT:            Constant Str '>10' 5:7
# CHECK-NEXT:      Constant Str ' ' 5:7
# CHECK-NEXT:      FormattedValue 5:7
# CHECK-NEXT:        Name 'value' Load 5:22
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr 5:7
# CHECK-NEXT:            Constant Str '.2f' 5:7
# CHECK-NEXT:      Constant Str ' ' 5:7
# CHECK-NEXT:      FormattedValue 5:7
# CHECK-NEXT:        Name 'value' Load 5:34
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr 5:7
# CHECK-NEXT:            FormattedValue 5:7
# CHECK-NEXT:              Name 'width' Load 5:41
# CHECK-NEXT:            Constant Str '.' 5:7
# CHECK-NEXT:            FormattedValue 5:7
# CHECK-NEXT:              Name 'precision' Load 5:49
# CHECK-NEXT:            Constant Str 'f' 5:7
# CHECK-NEXT:  Assign 6:0
# CHECK-NEXT:    Name 'debug' Store 6:0
# CHECK-NEXT:    JoinedStr 6:8
# CHECK-NEXT:      Constant Str 'name=' 6:8
# CHECK-NEXT:      FormattedValue !r 6:8
# CHECK-NEXT:        Name 'name' Load 6:11
# CHECK-NEXT:      Constant Str ' value = ' 6:8
# CHECK-NEXT:      FormattedValue !r 6:8
# CHECK-NEXT:        Name 'value' Load 6:19
# CHECK-NEXT:      Constant Str ' value=' 6:8
# CHECK-NEXT:      FormattedValue 6:8
# CHECK-NEXT:        Name 'value' Load 6:30
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr 6:8
# CHECK-NEXT:            Constant Str '>8' 6:8
# CHECK-NEXT:      Constant Str ' value=' 6:8
# CHECK-NEXT:      FormattedValue !s 6:8
# CHECK-NEXT:        Name 'value' Load 6:42
# CHECK-NEXT:  Assign 7:0
# CHECK-NEXT:    Name 'braces' Store 7:0
# CHECK-NEXT:    JoinedStr 7:9
# CHECK-NEXT:      Constant Str '{literal} ' 7:9
# CHECK-NEXT:      FormattedValue 7:9
# CHECK-NEXT:        Name 'name' Load 7:24
# CHECK-NEXT:      Constant Str ' }' 7:9
# CHECK-NEXT:  Assign 8:0
# CHECK-NEXT:    Name 'nested_quotes' Store 8:0
# CHECK-NEXT:    JoinedStr 8:16
# CHECK-NEXT:      FormattedValue 8:16
# CHECK-NEXT:        Subscript Load 8:19
# CHECK-NEXT:          Name 'd' Load 8:19
# CHECK-NEXT:          Constant Str 'key' 8:21
# CHECK-NEXT:      Constant Str ' ' 8:16
# CHECK-NEXT:      FormattedValue 8:16
# CHECK-NEXT:        Constant Str 'other' 8:30
# CHECK-NEXT:  Assign 9:0
# CHECK-NEXT:    Name 'mixed' Store 9:0
# CHECK-NEXT:    JoinedStr 9:8
# CHECK-NEXT:      Constant Str 'plain ' 9:8
# CHECK-NEXT:      FormattedValue 9:8
# CHECK-NEXT:        Name 'name' Load 9:20
# CHECK-NEXT:      Constant Str ' tail' 9:8
# CHECK-NEXT:      FormattedValue 9:8
# CHECK-NEXT:        BinOp Add 9:38
# CHECK-NEXT:          Constant Int '1' 9:38
# CHECK-NEXT:          Constant Int '2' 9:42
# CHECK-NEXT:  Assign 10:0
# CHECK-NEXT:    Name 'raw' Store 10:0
# CHECK-NEXT:    JoinedStr 10:6
# CHECK-NEXT:      Constant Str '\\n' 10:6
# CHECK-NEXT:      FormattedValue 10:6
# CHECK-NEXT:        Name 'name' Load 10:12
# CHECK-NEXT:      Constant Str '\\t' 10:6
# CHECK-NEXT:      FormattedValue 10:6
# CHECK-NEXT:        Name 'name' Load 10:25
# CHECK-NEXT:      Constant Str '\\d' 10:6
# CHECK-NEXT:  Assign 11:0
# CHECK-NEXT:    Name 'triple' Store 11:0
# CHECK-NEXT:    JoinedStr 11:9
# CHECK-NEXT:      Constant Str 'line ' 11:9
# CHECK-NEXT:      FormattedValue 11:9
# CHECK-NEXT:        Name 'name' Load 11:19
# CHECK-NEXT:      Constant Str '\nnext ' 11:9
# CHECK-NEXT:      FormattedValue !r 11:9
# CHECK-NEXT:        Name 'value' Load 12:6
# CHECK-NEXT:        format_spec:
# CHECK-NEXT:          JoinedStr 11:9
# CHECK-NEXT:            Constant Str '^5' 11:9
# CHECK-NEXT:  Assign 13:0
# CHECK-NEXT:    Name 'exprs' Store 13:0
# CHECK-NEXT:    JoinedStr 13:8
# CHECK-NEXT:      FormattedValue 13:8
# CHECK-NEXT:        IfExp 13:11
# CHECK-NEXT:          Name 'b' Load 13:16
# CHECK-NEXT:          Name 'a' Load 13:11
# CHECK-NEXT:          Name 'c' Load 13:23
# CHECK-NEXT:      Constant Str ' ' 13:8
# CHECK-NEXT:      FormattedValue 13:8
# CHECK-NEXT:        ListComp 13:27
# CHECK-NEXT:          Name 'x' Load 13:28
# CHECK-NEXT:          comprehension {{[0-9]+:[0-9]+}}
# CHECK-NEXT:            Name 'x' Store 13:34
# CHECK-NEXT:            Name 'y' Load 13:39
# CHECK-NEXT:      Constant Str ' ' 13:8
# CHECK-NEXT:      FormattedValue 13:8
# CHECK-NEXT:        Call 13:44
# CHECK-NEXT:          Name 'f' Load 13:44
# CHECK-NEXT:          Name 'a' Load 13:46
# CHECK-NEXT:          keyword 'b' 13:49
# CHECK-NEXT:            Constant Int '1' 13:51
# CHECK-NEXT:      Constant Str ' ' 13:8
# CHECK-NEXT:      FormattedValue 13:8
# CHECK-NEXT:        Subscript Load 13:56
# CHECK-NEXT:          Name 'd' Load 13:56
# CHECK-NEXT:          Constant Str 'k' 13:58
# CHECK-NEXT:  Assign 14:0
# CHECK-NEXT:    Name 'compare' Store 14:0
# CHECK-NEXT:    JoinedStr 14:10
# CHECK-NEXT:      FormattedValue 14:10
# CHECK-NEXT:        Compare NotEq 14:13
# CHECK-NEXT:          Name 'a' Load 14:13
# CHECK-NEXT:          Name 'b' Load 14:18
# CHECK-NEXT:      Constant Str ' ' 14:10
# CHECK-NEXT:      FormattedValue 14:10
# CHECK-NEXT:        Compare Eq 14:22
# CHECK-NEXT:          Name 'a' Load 14:22
# CHECK-NEXT:          Name 'b' Load 14:27
# CHECK-NEXT:      Constant Str ' ' 14:10
# CHECK-NEXT:      FormattedValue 14:10
# CHECK-NEXT:        Compare Lt 14:31
# CHECK-NEXT:          Name 'a' Load 14:31
# CHECK-NEXT:          Name 'b' Load 14:35
# CHECK-NEXT:      Constant Str ' ' 14:10
# CHECK-NEXT:      FormattedValue 14:10
# CHECK-NEXT:        Compare GtE 14:39
# CHECK-NEXT:          Name 'a' Load 14:39
# CHECK-NEXT:          Name 'b' Load 14:44
# CHECK-NEXT:  Assign 15:0
# CHECK-NEXT:    Name 'lambda_in' Store 15:0
# CHECK-NEXT:    JoinedStr 15:12
# CHECK-NEXT:      FormattedValue 15:12
# CHECK-NEXT:        Call 15:15
# CHECK-NEXT:          Lambda 15:16
# CHECK-NEXT:            args:
# CHECK-NEXT:              arg 'x' 15:23
# CHECK-NEXT:            BinOp Mult 15:26
# CHECK-NEXT:              Name 'x' Load 15:26
# CHECK-NEXT:              Constant Int '2' 15:30
# CHECK-NEXT:          Constant Int '3' 15:33
# CHECK-NEXT:  Assign 16:0
# CHECK-NEXT:    Name 'chinese' Store 16:0
# CHECK-NEXT:    JoinedStr 16:10
# CHECK-NEXT:      Constant Str '听音乐...' 16:10
# CHECK-NEXT:      FormattedValue 16:10
# CHECK-NEXT:        Name 'i' Load 16:19
# CHECK-NEXT:  Assign 17:0
# CHECK-NEXT:    Name 'empty' Store 17:0
# CHECK-NEXT:    JoinedStr 17:8
# CHECK-NEXT:  Assign 18:0
# CHECK-NEXT:    Name 'only_text' Store 18:0
# CHECK-NEXT:    JoinedStr 18:12
# CHECK-NEXT:      Constant Str 'text' 18:12
# CHECK-NEXT:  Assign 19:0
# CHECK-NEXT:    Name 'dict_in' Store 19:0
# CHECK-NEXT:    JoinedStr 19:10
# CHECK-NEXT:      FormattedValue 19:10
# CHECK-NEXT:        Subscript Load 19:14
# CHECK-NEXT:          Dict 19:14
# CHECK-NEXT:            Constant Str 'a' 19:15
# CHECK-NEXT:            Constant Int '1' 19:20
# CHECK-NEXT:          Constant Str 'a' 19:23
