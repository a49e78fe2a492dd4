# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# CHECK: {{.*}}fail_fullwidth_soft_keyword.py:6:7: error: invalid syntax
# Soft keywords are matched as written: a fullwidth 'match' is only a name
# (whose NFKC text is 'match'), so this line is no match statement.
x = 1
ｍａｔｃｈ x:
    case 1:
        pass
