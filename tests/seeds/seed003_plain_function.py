# RUN: %difftest %s
# Seed 003_90882ea0a30126d8.txt, code block 0 (lines 19-26),
# under "> 普通函数".
# The block is kept exactly as in the seed.
def consumer():           # 只能迭代一次
    print('good')
    return 2

b = consumer()            # 实例化方法时会执行print('good')
print(b)
# good
# 2
