# A seed program (seed 002, "## 三. 第三篇文章内容", subroutines A and B),
# written in Python 2 in the seed; here with print() calls, and with the two
# calls at the end added so that it prints "1 2 3 x y z" on separate lines.
def A():
    print('1')
    print('2')
    print('3')

def B():
    print('x')
    print('y')
    print('z')

A()
B()
