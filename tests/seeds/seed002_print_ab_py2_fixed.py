# RUN: %difftest %s
# Seed 002_75752d8b71f48ace.txt, code block 14 (lines 504-513),
# under "## 三. 第三篇文章内容(摘自廖雪峰老师) (比如子程序A、B：)".
# Corrected copy of seed002_print_ab_py2.py, which CPython rejects.
# Fixed: Python 2 print statements `print 'x'` became calls `print('x')`.
def A():
    print('1')
    print('2')
    print('3')

def B():
    print('x')
    print('y')
    print('z')

