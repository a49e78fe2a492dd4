# RUN: %python %s | FileCheck %s
# RUN: %pyco2cpp build %s -o %t && %t | FileCheck %s
# Seed 003_90882ea0a30126d8.txt, code block 1 (lines 33-45),
# under "> yield 函数".
# The block is kept exactly as in the seed. It prints a generator object,
# whose address changes from run to run: both CPython and the compiled
# program are checked against the same pattern instead of each other.
# Creating the generator runs nothing, so `good` is never printed.
# CHECK-NOT: good
# CHECK: {{^}}<generator object consumer at 0x{{[0-9a-f]+}}>{{$}}
# CHECK-NOT: {{.}}
def consumer():           # 只能迭代一次
    print('good')   
    yield 5

a = consumer()            # 实例化方法时不会执行print('good')
print(a)


# <generator object fun at 0x0000000002433BF8>
# a = consumer()，因为consumer函数中存在yield语句，python会把它当成一个generator（生成器），
# 因此在运行这条语句后，python并不会像执行函数一样全部执行完返回一个值，而是返回了一个generator object
# 想要启动函数consumer需要给他发送一个类似驱动指令的东西如  a.send(None)   a.__next__()   next(a)
# 去激活它
