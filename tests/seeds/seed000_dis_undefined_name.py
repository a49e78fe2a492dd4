# RUN: not %pyco2cpp %s -o %t.cpp 2>&1 | FileCheck %s
# Seed 000_25e87e8223c6b93d.txt, code block 0 (lines 18-23),
# under "##### 函数是如何执行的".
# CPython 3.11 compiles this block, but it imports dis, which the
# runtime does not provide: pyco2cpp must reject that import where it
# is written. The block is kept exactly as in the seed.
# CHECK: seed000_dis_undefined_name.py:9:8: error: unsupported: module 'dis' is not available in pyco2cpp
"""dis库可以反编译Python的字节码文件"""
import dis
print(dis.dis(func_name))	# 反汇编，查看python字节码文件的指令
print(func_name.__code__.co_code)	# python字节码文件
print(list(func_name.__code__.co_code))
print(dis.opname[100])	# 查看指令的含义
