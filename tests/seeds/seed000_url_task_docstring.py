# RUN: %difftest %s
# Seed 000_25e87e8223c6b93d.txt, code block 4 (lines 150-151),
# under "#### asyncio实现协程".
# The block is kept exactly as in the seed.
"""假设一个队列中有100 000个URL地址，每个请求需要0.4秒钟，尝试用4个进程，每个进程中开启5000个协程去请求
（async await或者gevent去实现）！统计运行时间"""
