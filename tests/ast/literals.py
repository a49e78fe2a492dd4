# RUN: %pyco2cpp --dump=ast %s | FileCheck %s --strict-whitespace --match-full-lines
ints = [0, 7, 1_000_000, 0x_FF, 0o17, 0b1010, 0XDEADBEEF, 000, 123456789012345678901234567890]
big = 0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF
floats = [1.0, .5, 5., 1e10, 1E-5, 1_000.000_1, 3.14e+2]
imag = [1j, 2.5J, 1e3j, 1_0j]
consts = [None, True, False, ...]
strs = ['single', "double", '''triple
quoted''', """also
triple"""]
escapes = '\n\t\\\'\"\a\b\f\v\r\x41\101\0\u00e9\U0001F600 \q'
raw = [r'\n\d', R"\t", rb'\x00', Rb"raw"]
data = [b'bytes\x00\xff', B"\n", br'\n']
unicode = ['中文字符', u'unicode prefix', 'é']
concat = 'a' 'b' "c"
continued = 'line one \
line two'

# CHECK:Module
# CHECK-NEXT:  Assign 2:0
# CHECK-NEXT:    Name 'ints' Store 2:0
# CHECK-NEXT:    List Load 2:7
# CHECK-NEXT:      Constant Int '0' 2:8
# CHECK-NEXT:      Constant Int '7' 2:11
# CHECK-NEXT:      Constant Int '1000000' 2:14
# CHECK-NEXT:      Constant Int '255' 2:25
# CHECK-NEXT:      Constant Int '15' 2:32
# CHECK-NEXT:      Constant Int '10' 2:38
# CHECK-NEXT:      Constant Int '3735928559' 2:46
# CHECK-NEXT:      Constant Int '0' 2:58
# CHECK-NEXT:      Constant Int '123456789012345678901234567890' 2:63
# CHECK-NEXT:  Assign 3:0
# CHECK-NEXT:    Name 'big' Store 3:0
# CHECK-NEXT:    Constant Int '340282366920938463463374607431768211455' 3:6
# CHECK-NEXT:  Assign 4:0
# CHECK-NEXT:    Name 'floats' Store 4:0
# CHECK-NEXT:    List Load 4:9
# CHECK-NEXT:      Constant Float '1.0' 4:10
# CHECK-NEXT:      Constant Float '.5' 4:15
# CHECK-NEXT:      Constant Float '5.' 4:19
# CHECK-NEXT:      Constant Float '1e10' 4:23
# CHECK-NEXT:      Constant Float '1E-5' 4:29
# CHECK-NEXT:      Constant Float '1000.0001' 4:35
# CHECK-NEXT:      Constant Float '3.14e+2' 4:48
# CHECK-NEXT:  Assign 5:0
# CHECK-NEXT:    Name 'imag' Store 5:0
# CHECK-NEXT:    List Load 5:7
# CHECK-NEXT:      Constant Imag '1' 5:8
# CHECK-NEXT:      Constant Imag '2.5' 5:12
# CHECK-NEXT:      Constant Imag '1e3' 5:18
# CHECK-NEXT:      Constant Imag '10' 5:24
# CHECK-NEXT:  Assign 6:0
# CHECK-NEXT:    Name 'consts' Store 6:0
# CHECK-NEXT:    List Load 6:9
# CHECK-NEXT:      Constant None 6:10
# CHECK-NEXT:      Constant True 6:16
# CHECK-NEXT:      Constant False 6:22
# CHECK-NEXT:      Constant Ellipsis 6:29
# CHECK-NEXT:  Assign 7:0
# CHECK-NEXT:    Name 'strs' Store 7:0
# CHECK-NEXT:    List Load 7:7
# CHECK-NEXT:      Constant Str 'single' 7:8
# CHECK-NEXT:      Constant Str 'double' 7:18
# CHECK-NEXT:      Constant Str 'triple\nquoted' 7:28
# CHECK-NEXT:      Constant Str 'also\ntriple' 8:11
# CHECK-NEXT:  Assign 10:0
# CHECK-NEXT:    Name 'escapes' Store 10:0
# CHECK-NEXT:    Constant Str '\n\t\\\'"\x07\x08\x0c\x0b\rAA\x00é😀 \\q' 10:10
# CHECK-NEXT:  Assign 11:0
# CHECK-NEXT:    Name 'raw' Store 11:0
# CHECK-NEXT:    List Load 11:6
# CHECK-NEXT:      Constant Str '\\n\\d' 11:7
# CHECK-NEXT:      Constant Str '\\t' 11:16
# CHECK-NEXT:      Constant Bytes '\\x00' 11:23
# CHECK-NEXT:      Constant Bytes 'raw' 11:33
# CHECK-NEXT:  Assign 12:0
# CHECK-NEXT:    Name 'data' Store 12:0
# CHECK-NEXT:    List Load 12:7
# CHECK-NEXT:      Constant Bytes 'bytes\x00\xff' 12:8
# CHECK-NEXT:      Constant Bytes '\n' 12:26
# CHECK-NEXT:      Constant Bytes '\\n' 12:33
# CHECK-NEXT:  Assign 13:0
# CHECK-NEXT:    Name 'unicode' Store 13:0
# CHECK-NEXT:    List Load 13:10
# CHECK-NEXT:      Constant Str '中文字符' 13:11
# CHECK-NEXT:      Constant Str 'unicode prefix' 13:19
# CHECK-NEXT:      Constant Str 'é' 13:38
# CHECK-NEXT:  Assign 14:0
# CHECK-NEXT:    Name 'concat' Store 14:0
# CHECK-NEXT:    Constant Str 'abc' 14:9
# CHECK-NEXT:  Assign 15:0
# CHECK-NEXT:    Name 'continued' Store 15:0
# CHECK-NEXT:    Constant Str 'line one line two' 15:12
