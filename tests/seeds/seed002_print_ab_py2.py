# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 002_75752d8b71f48ace.txt, code block 14 (lines 504-513),
# under "## 三. 第三篇文章内容(摘自廖雪峰老师) (比如子程序A、B：)".
# CPython 3.11 rejects this block; pyco2cpp must report the same error
# at the same place. The block is kept exactly as in the seed.
# Its corrected copy is seed002_print_ab_py2_fixed.py.
# CHECK: seed002_print_ab_py2.py:9:5: error: Missing parentheses in call to 'print'. Did you mean print(...)?
def A():
    print '1'
    print '2'
    print '3'

def B():
    print 'x'
    print 'y'
    print 'z'

