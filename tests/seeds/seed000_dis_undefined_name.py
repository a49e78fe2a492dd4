# RUN: %difftest %s
# Seed 000_25e87e8223c6b93d.txt, code block 0 (lines 18-23),
# under "##### 函数是如何执行的".
# The block is kept exactly as in the seed.
"""dis库可以反编译Python的字节码文件"""
import dis
print(dis.dis(func_name))	# 反汇编，查看python字节码文件的指令
print(func_name.__code__.co_code)	# python字节码文件
print(list(func_name.__code__.co_code))
print(dis.opname[100])	# 查看指令的含义
