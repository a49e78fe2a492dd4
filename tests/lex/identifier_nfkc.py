# RUN: %pyco2cpp --dump=tokens %s | FileCheck %s --match-full-lines
# A name's token holds its NFKC form; its columns are the source's, so the
# token after a name that grows ('ﬁ' is 'fi') or shrinks (Hangul jamo
# compose into one syllable) keeps its column.
ﬁle = ℌ + Ａ
ｉｆ = ｄｅｆ
각 = ｶﾞ

# CHECK: 5:0 NAME 'file'
# CHECK-NEXT: 5:4 ASSIGN '='
# CHECK-NEXT: 5:6 NAME 'H'
# CHECK-NEXT: 5:8 ADD '+'
# CHECK-NEXT: 5:10 NAME 'A'
# CHECK-NEXT: 5:11 NEWLINE '\n'
# CHECK-NEXT: 6:0 NAME 'if'
# CHECK-NEXT: 6:3 ASSIGN '='
# CHECK-NEXT: 6:5 NAME 'def'
# CHECK-NEXT: 6:8 NEWLINE '\n'
# CHECK-NEXT: 7:0 NAME '각'
# CHECK-NEXT: 7:4 ASSIGN '='
# CHECK-NEXT: 7:6 NAME 'ガ'
# CHECK-NEXT: 7:8 NEWLINE '\n'
