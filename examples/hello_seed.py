# A seed program (seed 003, the "> 普通函数" block), unchanged: a plain function
# call. Compile and run it:  pyco2cpp run examples/hello_seed.py
def consumer():           # 只能迭代一次
    print('good')
    return 2

b = consumer()            # 实例化方法时会执行print('good')
print(b)
# good
# 2
